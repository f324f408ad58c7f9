using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Review;

namespace KnowAboutCse.Tests.Content;

/// <summary>The review pack holds every word a visitor can read, each with the file and line it comes from.</summary>
public sealed class ReviewPackTests
{
    private static readonly ContentSnapshot Content = ContentLoader.Load(RepoPaths.Content);

    private static (int Exit, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        var exit = ReviewPackCommand.Run(args, output, TimeProvider.System);
        return (exit, output.ToString());
    }

    private static IHtmlDocument Pack(string content, params string[] more)
    {
        using var folder = ContentFolder.Empty();
        var target = Path.Combine(folder.Path, "pack.html");
        var (exit, output) = Run([target, "--content", content, .. more]);
        Assert.True(exit == 0, output);
        return new HtmlParser().ParseDocument(File.ReadAllText(target));
    }

    private static readonly Lazy<IHtmlDocument> Real = new(() => Pack(RepoPaths.Content, "--today", "2026-12-02"));

    private static string Text => Real.Value.Body!.TextContent;

    [Fact]
    public void Pack_IsOneSelfContainedDocument()
    {
        var document = Real.Value;

        Assert.Empty(document.QuerySelectorAll("script, link[rel=stylesheet], img, iframe"));
        Assert.NotNull(document.QuerySelector("head style"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Pack_HasEveryPageInFullWithItsFileAndLineNumbers()
    {
        foreach (var page in Content.AllPages)
        {
            Assert.Contains($"{page.SourcePath}:1", Text, StringComparison.Ordinal);
            Assert.Contains(page.Title, Text, StringComparison.Ordinal);
            Assert.Contains(page.PlainText.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('.'), Text, StringComparison.Ordinal);
        }

        // Each block carries its line: the number beside the what-is-cse page's "How grooming works" heading is that heading's line.
        var heading = Real.Value.QuerySelectorAll(".block").First(b => b.QuerySelector("h2")?.TextContent == "How grooming works");
        var line = int.Parse(heading.QuerySelector(".line")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("## How grooming works", File.ReadAllLines(Path.Combine(RepoPaths.Content, "parents/what-is-cse.md"))[line - 1]);
    }

    [Fact]
    public void Pack_ListsEverySearchSynonymGroup()
    {
        var listed = Real.Value.QuerySelectorAll("#search li").Select(li => li.TextContent).ToList();

        Assert.Equal(Content.Synonyms.Groups.Select(g => string.Join(", ", g)), listed);
        Assert.Contains(Real.Value.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "#search");
    }

    [Fact]
    public void Pack_ListsEachPagesSources_FlaggingThoseOutsideTheBrief()
    {
        var pages = Content.AllPages.Where(p => p.Sources is { Count: > 0 }).ToList();
        Assert.NotEmpty(pages);
        foreach (var source in pages.SelectMany(p => p.Sources!))
        {
            Assert.Contains((source.Unconfirmed ? "NOT IN THE CONTENT BRIEF, to confirm: " : string.Empty) + source.Title, Text, StringComparison.Ordinal);
        }

        Assert.Contains(Real.Value.QuerySelectorAll("li.status--due"), li => li.TextContent.Contains("NOT IN THE CONTENT BRIEF", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_HasEveryContactWithItsChannelsHoursSourceAndCheckedDate()
    {
        foreach (var contact in Content.Contacts.All)
        {
            Assert.Contains($"data/contacts.yml:{contact.Line}", Text, StringComparison.Ordinal);
            Assert.Contains(contact.Name, Text, StringComparison.Ordinal);
            Assert.Contains(contact.Source is { } source ? source.Title : "NOT CONFIRMED against a published source", Text, StringComparison.Ordinal);
            Assert.All(contact.Channels, c => Assert.Contains(c.Value, Real.Value.Body!.InnerHtml, StringComparison.Ordinal));
        }

        Assert.Contains("Monday to Friday 8am to 10pm; Saturday and Sunday 9am to 6pm", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("OVERDUE", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_HasTheBankHolidaysWithTheirLinesAndSaysTheyAreNotConfirmed()
    {
        var section = Real.Value.QuerySelector("#bank-holidays")!;
        var holidays = Content.Contacts.BankHolidays;

        Assert.Equal(holidays.Days.Count, section.QuerySelectorAll("li").Length);
        var easter = holidays.Days.Single(d => d.Date == new DateOnly(2027, 3, 29));
        Assert.Contains(section.QuerySelectorAll("li"), li => li.TextContent == $"{easter.Line} Monday 29 March 2027: Easter Monday");
        Assert.StartsWith("NOT CONFIRMED on the source's live page: GOV.UK, UK bank holidays", section.QuerySelector(".status--due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0300 111 8007 (option 1) — Monday to Thursday 8am to 5:30pm; Friday 8am to 4:30pm. On bank holidays: closed", Text, StringComparison.Ordinal);
        Assert.Contains("Not anonymous", Real.Value.QuerySelector("#contacts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_HasEveryWayToGetInTouchAndMarksTheRoutesThatKeep999First()
    {
        var finder = Real.Value.QuerySelector("#finder")!;
        var data = Content.Tools.WhoToContact;

        Assert.All(data.Ways, w => Assert.Contains(w.Heading, finder.TextContent, StringComparison.Ordinal));
        Assert.All(data.Ways.Select(w => w.Moved ?? w.Text!), words => Assert.Contains(new HtmlParser().ParseDocument(words.Html).Body!.TextContent.Trim(), finder.TextContent, StringComparison.Ordinal));
        Assert.Contains("Any way", finder.TextContent, StringComparison.Ordinal);
        Assert.Contains("Changes nothing", finder.TextContent, StringComparison.Ordinal);
        var keptFirst = finder.QuerySelectorAll("table.routes tbody tr").Where(r => r.Children[2].TextContent.EndsWith("(always first)", StringComparison.Ordinal)).ToList();
        Assert.Equal(data.Routes.Count(r => r.KeepFirst), keptFirst.Count);
        Assert.All(keptFirst, r => Assert.StartsWith("Police emergency", r.Children[2].TextContent, StringComparison.Ordinal));
        Assert.Contains(data.Words.Now.NotKnownToday, finder.TextContent, StringComparison.Ordinal);
        Assert.Contains(data.Words.Submit, finder.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MarksContactsOverdueForCheckingAndOnesNotConfirmed()
    {
        using var folder = ContentFolder.CopyOfReal();
        folder.Replace("data/contacts.yml",
            "      url: https://crimestoppers-uk.org/about-the-charity/who-we-are/our-people/our-contact-centre\n    checked: 2026-12-02\n",
            "      url: https://crimestoppers-uk.org/about-the-charity/who-we-are/our-people/our-contact-centre\n    unverified: true\n");

        var text = Pack(folder.Path, "--today", "2027-07-01").Body!.TextContent;

        Assert.Contains("OVERDUE: checked 2 December 2026, 211 days ago", text, StringComparison.Ordinal);
        Assert.Contains("NOT CONFIRMED against a published source", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_HasEveryToolQuestionRuleAndResult()
    {
        var tools = Content.Tools;
        foreach (var question in tools.RelationshipCheck.Questions)
        {
            Assert.Contains(question.Text, Text, StringComparison.Ordinal);
        }

        Assert.Contains($"Green (\"healthy\") only when at least {tools.RelationshipCheck.Rules.HealthyNeedsAnswers} of the", Text, StringComparison.Ordinal);
        Assert.All(tools.RelationshipCheck.Rules.Together, t => Assert.Contains(t.Why.Plain.TrimEnd('\n'), Text, StringComparison.Ordinal));
        Assert.All(tools.Checklist.Signs, s => Assert.Contains(s.Text, Text, StringComparison.Ordinal));
        Assert.All(tools.Checklist.Notices.Select(n => n.Text).Concat(tools.WhoToContact.Routes.Select(r => r.Why)),
            words => Assert.Contains(new HtmlParser().ParseDocument(words.Html).Body!.TextContent.Trim(), Text, StringComparison.Ordinal));
        var headings = tools.RelationshipCheck.Results.Values.Concat(tools.Checklist.Results.Values).Append(tools.Checklist.NextSteps);
        Assert.All(headings, r => Assert.Contains(r.Heading, Text, StringComparison.Ordinal));
        Assert.Contains("{closed} is closed now, so {open} is shown first.", Text, StringComparison.Ordinal);

        // Rows name their line: the first question's row points at its "- id:" line.
        var first = tools.RelationshipCheck.Questions[0];
        var row = Real.Value.QuerySelectorAll("table.questions tbody tr")[0];
        Assert.Equal(first.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), row.LastElementChild!.TextContent);
        Assert.Contains($"- id: {first.Id}", File.ReadAllLines(Path.Combine(RepoPaths.Content, "data/relationship-check.yml"))[first.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_HasEveryWordOfTheTellingToolsWithTheLineOfEachBlock()
    {
        var tools = Content.Tools;
        foreach (var data in new[] { tools.HelpMeSayIt, tools.FriendCheck })
        {
            Assert.All(data.Questions.SelectMany(q => q.Options), o => Assert.Contains(o.Label, Text, StringComparison.Ordinal));
            Assert.All(data.Questions.SelectMany(q => q.Options).Select(o => o.Says).OfType<string>(), says => Assert.Contains(says, Text, StringComparison.Ordinal));
            Assert.All(data.Blocks.Select(b => b.Text).OfType<Prose>(),
                words => Assert.Contains(new HtmlParser().ParseDocument(words.Html).Body!.TextContent.Trim(), Text, StringComparison.Ordinal));
            Assert.All(data.Blocks, b => Assert.Contains($"{data.File}:{b.Line}", Text, StringComparison.Ordinal));
        }

        Assert.Contains("When danger is yes (top):", Text, StringComparison.Ordinal);
        Assert.All(tools.RecordSheet.Fields, f => Assert.Contains(f.Label, Text, StringComparison.Ordinal));
        Assert.Contains("{label}: use {max} characters or fewer.", Text, StringComparison.Ordinal);
        Assert.Contains(new HtmlParser().ParseDocument(tools.RecordSheet.FormIntro.Html).QuerySelector("li")!.TextContent, Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_HasTheKitsLetterPostersAndNewsletterText()
    {
        var kit = Content.Kit!;

        Assert.Contains("Dear parent or carer", Text, StringComparison.Ordinal);
        Assert.All(kit.Posters, p => Assert.Contains(p.Headline, Text, StringComparison.Ordinal));
        Assert.All(kit.Blurbs, b => Assert.Contains($"kit/newsletter.yml:{b.Line}", Text, StringComparison.Ordinal));
        Assert.Contains("www.knowaboutcse.co.uk/parents", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_SaysWhoRunsTheSiteAndThatNoFeedbackAddressIsSet()
    {
        Assert.Contains(Content.Site.Owner, Text, StringComparison.Ordinal);
        Assert.Contains("NOT SET", Text, StringComparison.Ordinal);
        Assert.Contains("No feedback address is set yet", Real.Value.QuerySelector(".cover")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "say where to write the pack")]
    [InlineData(new[] { "pack.html", "--today", "tomorrow" }, "usage: review-pack")]
    [InlineData(new[] { "pack.html", "--colour" }, "unknown option --colour")]
    [InlineData(new[] { "pack.txt" }, "must be an .html file")]
    [InlineData(new[] { "/no/such/folder/pack.html" }, "must be an .html file in a folder that exists")]
    [InlineData(new[] { "a.html", "b.html" }, "only one output file")]
    [InlineData(new[] { "pack.html", "--public-base-url", "ftp://x" }, "needs an http(s) address")]
    public void Command_BadArguments_Exit2WithAClearMessage(string[] args, string message)
    {
        var (exit, output) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_BrokenContent_Exits1NamingTheProblemAndWritesNothing()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, "{{contact nobody}}"));
        var target = Path.Combine(folder.Path, "pack.html");

        var (exit, output) = Run(target, "--content", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("parents/first.md:8: Unknown contact id 'nobody'", output, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
