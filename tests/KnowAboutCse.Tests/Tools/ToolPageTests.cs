using System.Net;
using AngleSharp.Html.Dom;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KnowAboutCse.Tests.Tools;

/// <summary>The three tools through the real app: form in, result out, nothing kept.</summary>
public sealed class ToolPageTests
{
    private const string Check = "/youngpeople/relationship-check";
    private const string Finder = "/get-help/who-to-contact";
    private const string Checklist = "/parents/warning-signs-checklist";

    private static readonly ToolData Data = ContentLoader.Load(RepoPaths.Content).Tools;

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(
        SiteFactory factory, string path, IEnumerable<KeyValuePair<string, string>> fields, DateTimeOffset? now = null)
    {
        var app = now is null
            ? (Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>)factory
            : factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now.Value))));
        var (response, document, _) = await SiteFactory.PostFormAsync(app, path, fields);
        return (response, document);
    }

    private static void AssertPrivateResult(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SiteFactory.AssertPrivate(response);
    }

    [Fact]
    public async Task Get_ToolPage_WithAFormOriginForAnExport_PostsToThatOrigin()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:FormOrigin"] = "https://app.example/" });

        var (_, document) = await factory.GetPageAsync("/parents/warning-signs-checklist");

        Assert.Equal("https://app.example/parents/warning-signs-checklist", Assert.Single(document.Forms, f => f.ClassList.Contains("tool-form")).GetAttribute("action"));
        Assert.Equal("https://app.example/search", document.QuerySelector("form.site-search")!.GetAttribute("action"));
    }

    [Theory]
    [InlineData(Check, "radio")]
    [InlineData(Finder, "radio")]
    [InlineData(Checklist, "checkbox")]
    public async Task Get_ToolPage_ShowsAFormThatPostsWhereThePageCameFrom(string path, string inputType)
    {
        // Relative, whatever the public address: a staging copy's answers stay on the staging copy.
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:PublicBaseUrl"] = "https://site.example/" });

        var (response, document) = await factory.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The header's search box is a form too; the tool's is the one in the page.
        var form = Assert.Single(document.Forms, f => f.ClassList.Contains("tool-form"));
        Assert.Equal("post", form.Method, ignoreCase: true);
        Assert.Equal(path, form.GetAttribute("action"));
        Assert.NotEmpty(form.QuerySelectorAll($"input[type={inputType}]"));
        Assert.All(form.QuerySelectorAll("input"), input => Assert.NotNull(input.Closest("label")));
        Assert.Empty(form.QuerySelectorAll("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Get_RelationshipCheck_AsksEveryQuestionWithThreeAnswers()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await factory.GetPageAsync(Check);

        var legends = document.QuerySelectorAll("fieldset legend").Select(l => l.TextContent).ToList();
        Assert.Equal(Data.RelationshipCheck.Questions.Select((q, i) => $"{i + 1}. {q.Text}"), legends);
        Assert.Equal(Data.RelationshipCheck.Questions.Count * 3, document.QuerySelectorAll("input[type=radio]").Length);
    }

    [Fact]
    public async Task Post_RelationshipCheck_AllReassuring_IsGreen()
    {
        await using var factory = new SiteFactory();
        var answers = Data.RelationshipCheck.Questions.Select(q => new KeyValuePair<string, string>("q-" + q.Id, "no"));

        var (response, document) = await PostAsync(factory, Check, answers);

        AssertPrivateResult(response);
        Assert.Equal("Your answers sound like a healthy relationship", document.QuerySelector("#result-heading")!.TextContent);
        Assert.Empty(document.QuerySelectorAll(".concerns li"));
    }

    [Fact]
    public async Task Post_RelationshipCheck_SeriousAnswer_IsRedWithItsReasonAndHelp()
    {
        await using var factory = new SiteFactory();
        var serious = Data.RelationshipCheck.Questions.First(q => q.Weight == 3 && q.AlsoShow.Count == 0);

        var (response, document) = await PostAsync(factory, Check, [new("q-" + serious.Id, "yes")]);

        AssertPrivateResult(response);
        Assert.Equal(Data.RelationshipCheck.Results[Band.Red].Heading, document.QuerySelector("#result-heading")!.TextContent);
        Assert.Contains(serious.Why.Plain.TrimEnd('\n'), document.QuerySelector(".concerns")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("This is not your fault.", document.QuerySelector(".tool-result")!.TextContent, StringComparison.Ordinal);
        var numbers = document.QuerySelectorAll(".tool-result a.tel").Select(a => a.TextContent).ToList();
        Assert.Contains("0800 1111", numbers);
        Assert.Contains("999", numbers);
        Assert.Contains($"You answered 1 of {Data.RelationshipCheck.Questions.Count} questions", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll(".tool-result .contact-card__name"), n => n.TextContent.StartsWith("CEOP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sexual-images")]
    [InlineData("threats")]
    public async Task Post_RelationshipCheck_AnswerAboutImagesOrThreats_ShowsCeopAndReportRemove(string question)
    {
        await using var factory = new SiteFactory();

        var (_, document) = await PostAsync(factory, Check, [new("q-" + question, "sometimes")]);

        var cards = document.QuerySelectorAll(".tool-result .contact-card__name").Select(n => n.TextContent).ToList();
        Assert.Contains(cards, c => c.StartsWith("CEOP", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.StartsWith("Report Remove", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_RelationshipCheck_AFewReassuringAnswers_SaysItCannotTellAndReassuresNobody()
    {
        await using var factory = new SiteFactory();
        var few = Data.RelationshipCheck.Questions.Take(3).Select(q => new KeyValuePair<string, string>("q-" + q.Id, "no"));

        var (response, document) = await PostAsync(factory, Check, few);

        AssertPrivateResult(response);
        var result = document.QuerySelector(".tool-result")!;
        Assert.Equal(Data.RelationshipCheck.Results[Band.Unsure].Heading, result.QuerySelector("#result-heading")!.TextContent);
        Assert.DoesNotContain("healthy relationship", result.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0800 1111", result.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RelationshipCheck_OlderPersonAndSecrets_IsRedAndExplainsTheCombination()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await PostAsync(factory, Check, [new("q-much-older", "yes"), new("q-keep-secret", "yes")]);

        Assert.Equal(Data.RelationshipCheck.Results[Band.Red].Heading, document.QuerySelector("#result-heading")!.TextContent);
        Assert.Contains("Grooming is when", document.QuerySelector(".together")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RelationshipCheck_NothingAnswered_StillOffersHelp()
    {
        await using var factory = new SiteFactory();

        var (response, document) = await PostAsync(factory, Check, []);

        AssertPrivateResult(response);
        Assert.Equal("You did not answer any questions", document.QuerySelector("#result-heading")!.TextContent);
        Assert.Contains("0800 1111", document.QuerySelector(".tool-result")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Check, "q-ignores-no", "maybe")]
    [InlineData(Finder, "where", "mars")]
    [InlineData(Finder, "urgency", "0")]
    [InlineData(Finder, "who", "Adult")]
    [InlineData(Finder, "how", "carrier-pigeon")]
    [InlineData(Finder, "how", "Phone")]
    [InlineData(Finder, "how", "cant-speak ")]
    public async Task Post_ValueTheFormNeverOffers_IsAClear400(string path, string field, string value)
    {
        await using var factory = new SiteFactory();
        var name = path == Check ? "q-" + Data.RelationshipCheck.Questions[0].Id : field;

        var (response, document) = await PostAsync(factory, path, [new(name, value)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("In immediate danger?", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotAForm_Is415()
    {
        await using var factory = new SiteFactory();
        using var client = factory.CreatePlainClient();

        var response = await client.PostAsync(Check, new StringContent("{\"q\":1}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_ToAPageWithoutATool_Is405()
    {
        await using var factory = new SiteFactory();

        var (response, _) = await PostAsync(factory, "/parents/warning-signs", [new("a", "b")]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_WhoToContact_StokeOnAWinterEvening_GivesTheEmergencyDutyTeamAndSaysTheOfficeIsClosed()
    {
        await using var factory = new SiteFactory();
        var evening = new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

        var (response, document) = await PostAsync(factory, Finder, [new("where", "stoke-on-trent"), new("urgency", "worried"), new("who", "adult")], evening);

        AssertPrivateResult(response);
        var result = document.QuerySelector(".tool-result")!;
        Assert.StartsWith("The Integrated Front Door is closed now", result.QuerySelector(".tool-notice")!.TextContent, StringComparison.Ordinal);
        var first = result.QuerySelector(".contact-card")!;
        Assert.Equal("Stoke-on-Trent Emergency Duty Team", first.QuerySelector(".contact-card__name")!.TextContent);
        Assert.Equal("tel:01782234234", first.QuerySelector("a.tel")!.GetAttribute("href"));
        Assert.Equal("Open now", first.QuerySelector(".contact-card__now")!.TextContent);
        Assert.Equal("Closed now", result.QuerySelectorAll(".contact-card")[1].QuerySelector(".contact-card__now")!.TextContent);
    }

    [Fact]
    public async Task Post_WhoToContact_StaffordshireOnAWeekdayMorning_GivesScas()
    {
        await using var factory = new SiteFactory();
        var morning = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

        var (_, document) = await PostAsync(factory, Finder, [new("where", "staffordshire"), new("urgency", "worried")], morning);

        Assert.StartsWith("Staffordshire Children's Advice and Support Service", document.QuerySelector(".tool-result .contact-card__name")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhoToContact_AsksHowToGetInTouchWithEveryAnswerAndTheButtonFromTheDataFile()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await factory.GetPageAsync(Finder);

        var form = Assert.Single(document.Forms, f => f.ClassList.Contains("tool-form"));
        var how = form.QuerySelectorAll("fieldset").Single(f => f.QuerySelector("legend")!.TextContent == "How do you want to get in touch?");
        Assert.Equal(["phone", "text", "chat", "online", "in-person", "cant-speak", "any"], how.QuerySelectorAll("input[type=radio]").Select(i => i.GetAttribute("value")));
        Assert.Contains("I can’t speak right now", how.TextContent, StringComparison.Ordinal);
        Assert.Equal(Data.WhoToContact.Words.Submit, form.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public async Task Post_WhoToContact_CantSpeakAndInDanger_Puts999FirstAndSaysToStayOnTheLineAndPress55()
    {
        await using var factory = new SiteFactory();

        var (response, document) = await PostAsync(factory, Finder,
            [new("where", "staffordshire"), new("urgency", "danger-now"), new("who", "young-person"), new("how", "cant-speak")]);

        AssertPrivateResult(response);
        var result = document.QuerySelector(".tool-result")!;
        var first = result.QuerySelector(".contact-card")!;
        Assert.Equal("Police emergency", first.QuerySelector(".contact-card__name")!.TextContent);
        Assert.Equal("tel:999", first.QuerySelector("a.tel")!.GetAttribute("href"));
        var lead = result.QuerySelector(".lead")!.TextContent;
        Assert.Contains("stay on the line. On a mobile, press 55 when you are asked.", lead, StringComparison.Ordinal);
        Assert.Contains("Pressing 55 does not tell the police where you are, so tell them where you are as soon as you safely can.", lead, StringComparison.Ordinal);
        Assert.Null(result.QuerySelector(".finder-moved"));
        var ways = result.QuerySelector(".finder-ways")!;
        Assert.Equal("Ways to get help without speaking", ways.QuerySelector("h3")!.TextContent);
        var text999 = ways.QuerySelector("a[href='sms:999']")!.Closest("li")!;
        Assert.Contains("You must register your mobile first.", text999.TextContent, StringComparison.Ordinal);
        Assert.Equal(Data.WhoToContact.Words.StartAgain, result.QuerySelector("a[href='/get-help/who-to-contact']")!.TextContent);
    }

    [Fact]
    public async Task Post_WhoToContact_YoungPersonTextingOnASundayEvening_GetsChildlinesChatFirstAndNoClosedLine()
    {
        await using var factory = new SiteFactory();
        var sundayEvening = new DateTimeOffset(2026, 11, 29, 21, 0, 0, TimeSpan.Zero);

        var (response, document) = await PostAsync(factory, Finder,
            [new("where", "stoke-on-trent"), new("urgency", "worried"), new("who", "young-person"), new("how", "text")], sundayEvening);

        AssertPrivateResult(response);
        var result = document.QuerySelector(".tool-result")!;
        Assert.Null(result.QuerySelector(".tool-notice"));
        var first = result.QuerySelector(".contact-card")!;
        Assert.Equal("Childline", first.QuerySelector(".contact-card__name")!.TextContent);
        Assert.Equal("Open now", first.QuerySelector(".contact-card__channel--phone .contact-card__now")!.TextContent);
        var items = result.QuerySelectorAll(".finder-ways__item");
        Assert.Equal("https://www.childline.org.uk/", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("(online chat)", items[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Closed now", items[0].TextContent, StringComparison.Ordinal);
        // The Integrated Front Door cannot be written to, so it is not listed among the ways; its card says it is closed.
        Assert.DoesNotContain(items, i => i.TextContent.Contains("Integrated Front Door", StringComparison.Ordinal));
        Assert.Contains(result.QuerySelectorAll(".contact-card"), c => c.TextContent.Contains("Integrated Front Door", StringComparison.Ordinal) && c.TextContent.Contains("Closed now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WhoToContact_AdultWhoCantSpeak_GetsTheNspccsOnlineFormReadWithin24HoursAndSaysWhy()
    {
        await using var factory = new SiteFactory();
        var weekdayMorning = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

        var (response, document) = await PostAsync(factory, Finder,
            [new("where", "staffordshire"), new("urgency", "worried"), new("how", "cant-speak")], weekdayMorning);

        AssertPrivateResult(response);
        var result = document.QuerySelector(".tool-result")!;
        Assert.Equal("NSPCC Helpline", result.QuerySelector(".contact-card__name")!.TextContent);
        Assert.Equal("You can’t speak right now, so the NSPCC helpline is shown first: you can write to them instead of talking.", result.QuerySelector(".finder-moved")!.TextContent.Trim());
        var form = result.QuerySelectorAll(".finder-ways__item").First(i => i.QuerySelector("a[href^='https://safeguardingtool.nspcc.org.uk']") is not null);
        Assert.Contains("Online reports are read within 24 hours.", form.TextContent, StringComparison.Ordinal);
        Assert.Equal("Open now", form.QuerySelector(".contact-card__now")!.TextContent);
        var ceop = result.QuerySelectorAll(".finder-ways__item").Single(i => i.TextContent.Contains("CEOP", StringComparison.Ordinal));
        Assert.Contains("Not anonymous", ceop.TextContent, StringComparison.Ordinal);
        Assert.Contains("SCAS", result.QuerySelectorAll(".contact-card")[1].QuerySelector(".contact-card__name")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhoToContact_PhoneAdvice_SaysTheNspccLineNeedNotKnowYourNameButNotItsEmail()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await PostAsync(factory, Finder, [new("where", "stoke-on-trent"), new("urgency", "advice"), new("how", "phone")],
            new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

        var items = document.QuerySelectorAll(".finder-ways__item");
        var nspcc = items.Single(i => i.QuerySelector("a[href='tel:08088005000']") is not null);
        Assert.Contains(Data.WhoToContact.Words.Anonymous, nspcc.TextContent, StringComparison.Ordinal);
        Assert.All(items.Where(i => i != nspcc), i => Assert.DoesNotContain(Data.WhoToContact.Words.Anonymous, i.TextContent, StringComparison.Ordinal));
        Assert.Empty(document.QuerySelectorAll(".finder-ways__item--email"));
    }

    [Fact]
    public async Task Post_WhoToContact_OnEasterMonday_GivesTheEmergencyDutyServiceAndSaysTheNspccLinesHoursAreNotKnown()
    {
        await using var factory = new SiteFactory();
        var easterMonday = new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.Zero); // 10:00 BST

        var (response, document) = await PostAsync(factory, Finder, [new("where", "staffordshire"), new("urgency", "worried"), new("who", "adult")], easterMonday);

        AssertPrivateResult(response);
        var result = document.QuerySelector(".tool-result")!;
        Assert.Equal("SCAS is closed now, so the Emergency Duty Service is shown first. SCAS opens again at 8am tomorrow.", result.QuerySelector(".tool-notice")!.TextContent.Trim());
        var cards = result.QuerySelectorAll(".contact-card");
        Assert.Equal("Staffordshire County Council Emergency Duty Service", cards[0].QuerySelector(".contact-card__name")!.TextContent);
        Assert.Equal("Open now", cards[0].QuerySelector(".contact-card__now")!.TextContent);
        var nspcc = cards.Single(c => c.QuerySelector(".contact-card__name")!.TextContent == "NSPCC Helpline");
        Assert.Equal("Bank holiday: we don’t know if it is open today", nspcc.QuerySelector(".contact-card__channel--phone .contact-card__now")!.TextContent);
    }

    [Fact]
    public async Task Get_WhoToContact_ListsTownsForEachCouncil()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await factory.GetPageAsync(Finder);

        var places = document.QuerySelector("details.places")!.TextContent;
        Assert.Contains("Hanley", places, StringComparison.Ordinal);
        Assert.Contains("Newcastle-under-Lyme", places, StringComparison.Ordinal);
        Assert.Equal(Data.Areas.Select(a => a.Name), document.QuerySelectorAll("details.places dt").Select(dt => dt.TextContent));
        Assert.Empty(document.QuerySelectorAll("details.places h1, details.places h2, details.places h3")); // not part of the page's outline
    }

    [Fact]
    public async Task Post_Checklist_ExplainsEachTickedSignAndWhatToDo()
    {
        await using var factory = new SiteFactory();
        var signs = Data.Checklist.Signs.Where(s => !s.Serious).Take(3).ToList();

        var (response, document) = await PostAsync(factory, Checklist, [.. signs.Select(s => new KeyValuePair<string, string>("sign", s.Id)), new("sign", "not-a-sign")]);

        AssertPrivateResult(response);
        var listed = document.QuerySelectorAll(".concerns li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, listed.Count);
        Assert.All(signs, s => Assert.Contains(listed, l => l.Contains(s.Meaning.Plain.TrimEnd('\n'), StringComparison.Ordinal)));
        var result = document.QuerySelector(".tool-result")!;
        Assert.Equal(Data.Checklist.Results[ChecklistBand.Several].Heading, result.QuerySelector("#result-heading")!.TextContent);
        Assert.Contains("Do not confront", result.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("[data-print]"));
    }

    [Fact]
    public async Task Post_Checklist_GoingMissingAlone_ActsNowWithThe999And101NoticeFirst()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await PostAsync(factory, Checklist, [new("sign", "going-missing")]);

        var result = document.QuerySelector(".tool-result")!;
        var notice = result.FirstElementChild!;
        Assert.Contains("tool-notice", notice.ClassList);
        Assert.StartsWith("If your child is missing now, or you think they are with someone who could harm them, call 999.", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal(["999", "101"], notice.QuerySelectorAll("a.tel").Select(a => a.TextContent));
        Assert.Equal(Data.Checklist.Results[ChecklistBand.Serious].Heading, result.QuerySelector("#result-heading")!.TextContent);
        Assert.DoesNotContain("part of growing up", result.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Checklist_NextSteps_NeverSayToKeepPicturesAndSayNotToViewThem()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await PostAsync(factory, Checklist, [new("sign", "odd-calls")]);

        var text = document.QuerySelector(".tool-result")!.TextContent;
        Assert.DoesNotContain("as evidence", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Never look at, copy, save, screenshot or forward a sexual picture or video of a child", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnyTool_LeavesNoAnswerInTheLogs()
    {
        await using var factory = new SiteFactory();
        var sign = Data.Checklist.Signs.First().Id;
        var question = Data.RelationshipCheck.Questions[0].Id;

        await PostAsync(factory, Checklist, [new("sign", sign)]);
        await PostAsync(factory, Check, [new("q-" + question, "sometimes")]);
        await PostAsync(factory, Finder, [new("where", "stoke-on-trent"), new("urgency", "danger-now"), new("how", "cant-speak")]);

        var lines = factory.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("HTTP POST /parents/warning-signs-checklist responded 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("HTTP POST /get-help/who-to-contact responded 200", StringComparison.Ordinal));
        foreach (var secret in new[] { sign, question, "sometimes", "stoke-on-trent", "danger-now", "cant-speak" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
