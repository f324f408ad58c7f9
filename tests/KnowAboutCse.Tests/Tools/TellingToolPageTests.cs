using System.Net;
using AngleSharp.Html.Dom;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

/// <summary>"Help me say it", the friend check and the record sheet through the real app: form in, result out, nothing kept.</summary>
public sealed class TellingToolPageTests
{
    private const string SayIt = "/youngpeople/help-me-say-it";
    private const string Friend = "/youngpeople/worried-about-a-friend";
    private const string Record = "/parents/keep-a-record";

    private static readonly ToolData Data = ContentLoader.Load(RepoPaths.Content).Tools;

    [Theory]
    [InlineData(SayIt, "checkbox", "Make my note")]
    [InlineData(Friend, "radio", "Show me what to do")]
    [InlineData(Record, "text", "Make my sheet")]
    public async Task Get_ToolPage_ShowsAFormWhoseEveryFieldHasALabel(string path, string inputType, string submit)
    {
        await using var factory = new SiteFactory();

        var (response, document) = await factory.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = Assert.Single(document.Forms, f => f.ClassList.Contains("tool-form"));
        Assert.Equal(("post", path), (form.Method.ToLowerInvariant(), form.GetAttribute("action")));
        Assert.NotEmpty(form.QuerySelectorAll($"input[type={inputType}]"));
        Assert.All(form.QuerySelectorAll("input, textarea"), input =>
            Assert.True(input.Closest("label") is not null || document.QuerySelector($"label[for='{input.Id}']") is not null, $"{input.OuterHtml} has no label"));
        Assert.Equal(submit, form.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public async Task Post_HelpMeSayIt_ShowsTheNoteSaysNobodyGetsItAndOffersChildline()
    {
        await using var factory = new SiteFactory();

        var (response, document, _) = await factory.PostFormAsync(SayIt, [new("say", "pictures"), new("say", "owe"), new("who", "parent")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SiteFactory.AssertPrivate(response);
        Assert.Equal("Your note", document.QuerySelector("#result-heading")!.TextContent);
        Assert.Equal("Nobody gets this unless you show it.", document.QuerySelector(".note__caption")!.TextContent);
        var note = document.QuerySelector(".note")!;
        Assert.Equal(
            ["Someone online keeps asking me to send pictures of myself.", "An older person gives me things, and now they say I owe them."],
            note.QuerySelectorAll(".note__lines li").Select(li => li.TextContent));
        Assert.Contains("0800 1111", document.QuerySelector(".tool-result")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".tool-result [data-print][hidden]"));
    }

    [Fact]
    public async Task Post_FriendCheck_DangerNow_Puts999AboveTheResult()
    {
        await using var factory = new SiteFactory();

        var (response, document, html) = await factory.PostFormAsync(Friend, [new("noticed", "older"), new("danger", "yes"), new("secret", "yes")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SiteFactory.AssertPrivate(response);
        var notice = document.QuerySelector(".tool-result .tool-notice")!;
        Assert.Equal("999", notice.QuerySelector("a.tel")!.TextContent);
        Assert.True(html.IndexOf("tool-notice", StringComparison.Ordinal) < html.IndexOf("id=\"result-heading\"", StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll(".tool-result h3"), h => h.TextContent == "Why it's OK to break this promise");
    }

    [Fact]
    public async Task Post_FriendCheck_WhatHappensNextLinksGoToTheHeadingsOfIfITell()
    {
        await using var factory = new SiteFactory();

        var (_, document, _) = await factory.PostFormAsync(Friend, [new("danger", "no")]);
        var (_, target) = await factory.GetPageAsync("/youngpeople/what-happens-if-you-tell");

        var links = document.QuerySelectorAll(".tool-result a[href*='what-happens-if-you-tell#']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, href => Assert.NotNull(target.GetElementById(href.Split('#')[1])));
    }

    [Fact]
    public async Task Post_RecordSheet_ShowsWhatWasTypedEncodedAndLinesForTheRest()
    {
        await using var factory = new SiteFactory();
        var typed = "Snapchat: <script>alert(1)</script> \"jay_22\"\r\nsecond line";

        var (response, document, html) = await factory.PostFormAsync(Record, [new("other-person", typed), new("vehicles", "Silver car AB12 CDE")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SiteFactory.AssertPrivate(response);
        Assert.Equal("My record", document.QuerySelector("#result-heading")!.TextContent);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var values = document.QuerySelectorAll(".record-sheet__value").Select(p => p.TextContent).ToList();
        Assert.Equal(["Snapchat: <script>alert(1)</script> \"jay_22\"\nsecond line", "Silver car AB12 CDE"], values);
        // Every box left empty is a space to write on by hand, with as many lines as its box had rows.
        var empty = Data.RecordSheet.Fields.Where(f => f.Id is not "other-person" and not "vehicles").ToList();
        Assert.Equal(empty.Count, document.QuerySelectorAll(".record-sheet__lines").Length);
        Assert.Equal(empty.Sum(f => f.Rows), document.QuerySelectorAll(".record-sheet__line").Length);
        Assert.Equal(["999", "101"], document.QuerySelectorAll(".record-sheet .contact-card").Take(2).Select(c => c.QuerySelector("a.tel")!.TextContent));
    }

    [Fact]
    public async Task Get_RecordSheet_SaysNotToViewSaveOrForwardImagesNorConfrontNorTouchThePhone()
    {
        await using var factory = new SiteFactory();

        var (_, document) = await factory.GetPageAsync(Record);

        var intro = document.QuerySelector(".tool-form")!.TextContent;
        Assert.Contains("Don't look at, save, screenshot or forward any picture or video", intro, StringComparison.Ordinal);
        Assert.Contains("Don't confront the person", intro, StringComparison.Ordinal);
        Assert.Contains("Keep the phone as it is.", intro, StringComparison.Ordinal);
        Assert.Contains("Nothing you type is saved.", intro, StringComparison.Ordinal);
        Assert.Contains("Don't question your child to fill in the boxes.", intro, StringComparison.Ordinal);
        Assert.Contains("Don't wait until the sheet is finished.", intro, StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll(".tool-form input, .tool-form textarea"), f => Assert.True(int.Parse(f.GetAttribute("maxlength")!, System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public async Task Post_RecordSheet_TooLong_Is400WithTheFormRefilledAndSaysWhatToShorten()
    {
        await using var factory = new SiteFactory();
        var field = Data.RecordSheet.Fields.First(f => f.Id == "places");

        var (response, document, _) = await factory.PostFormAsync(Record, [new("places", new string('x', field.MaxLength + 1)), new("apps", "Discord")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        SiteFactory.AssertPrivate(response);
        var summary = document.QuerySelector(".error-summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Equal($"Places: use {field.MaxLength} characters or fewer.", summary.QuerySelector("a[href='#field-places']")!.TextContent);
        Assert.Equal("Discord", ((IHtmlTextAreaElement)document.GetElementById("field-apps")!).Value);
        Assert.Equal("true", document.GetElementById("field-places")!.GetAttribute("aria-invalid"));
        Assert.Null(document.QuerySelector(".record-sheet"));
    }

    [Fact]
    public async Task Post_RecordSheet_EveryFieldFullOfNonEnglishLetters_StillFitsTheBodyLimit()
    {
        // The longest encoding a browser sends: a letter outside ASCII is 2 or more UTF-8 bytes, each sent as %XX.
        await using var factory = new SiteFactory();
        var fields = Data.RecordSheet.Fields.Select(f => new KeyValuePair<string, string>(f.Id, new string('ł', f.MaxLength)));

        var (response, document, _) = await factory.PostFormAsync(Record, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Data.RecordSheet.Fields.Count, document.QuerySelectorAll(".record-sheet__value").Length);
    }

    [Theory]
    [InlineData(SayIt, "say", "everything")]
    [InlineData(SayIt, "who", "the-bus-driver")]
    [InlineData(Friend, "danger", "maybe")]
    [InlineData(Friend, "secret", "YES")]
    public async Task Post_ValueTheFormNeverOffers_IsAClear400(string path, string field, string value)
    {
        await using var factory = new SiteFactory();

        var (response, document, _) = await factory.PostFormAsync(path, [new(field, value)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("We couldn't read what you sent", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Nothing you sent has been kept.", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("In immediate danger?", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TwoAnswersToAOneAnswerQuestion_IsA400()
    {
        await using var factory = new SiteFactory();

        var (response, _, _) = await factory.PostFormAsync(Friend, [new("danger", "yes"), new("danger", "no")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnyTellingTool_LeavesNothingOfTheAnswersInTheLogs()
    {
        await using var factory = new SiteFactory();
        const string Marker = "Marker-7f3a-typed-by-a-parent";

        await factory.PostFormAsync(SayIt, [new("say", "threatened"), new("who", "childline")]);
        await factory.PostFormAsync(Friend, [new("noticed", "carrying"), new("danger", "not-sure")]);
        await factory.PostFormAsync(Record, [new("other-person", Marker), new("places", Marker + new string('x', 600))]);
        await factory.PostFormAsync(Record, [new("vehicles", Marker)]);

        var lines = factory.Logs.Lines;
        // A refused request is logged without its path (see SiteLogging), and never with what was sent.
        Assert.Contains(lines, l => l.Contains("HTTP POST (no such page) responded 400", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("HTTP POST /parents/keep-a-record responded 200", StringComparison.Ordinal));
        foreach (var secret in new[] { Marker, "threatened", "childline", "carrying", "not-sure" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
