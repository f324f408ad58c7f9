using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content.Markdown;

namespace KnowAboutCse.Tests.Content;

public sealed class MarkdownRendererTests
{
    private static readonly HtmlParser Parser = new();

    private static RenderedMarkdown Render(string markdown) =>
        MarkdownRenderer.Render(markdown.ReplaceLineEndings("\n"), SampleContacts.Directory);

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](//evil.example/)")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)")]
    public void Render_UnsafeLink_RendersTextWithoutLinkAndReportsLine(string markdown)
    {
        var result = Render("Intro line.\n\n" + markdown);

        var document = Parser.ParseDocument(result.Html);
        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Value.Contains(':', StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnsafeLink_KeepsTheLinkTextReadable()
    {
        var result = Render("Read [the advice](javascript:void(0)) first.");

        Assert.Equal("Read the advice first.", Parser.ParseDocument(result.Html).Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Render_RawHtml_IsShownAsTextNotMarkup(string markdown)
    {
        var result = Render(markdown);

        var document = Parser.ParseDocument(result.Html);
        Assert.Empty(document.QuerySelectorAll("script, img, iframe"));
        Assert.Contains("&lt;", result.Html, StringComparison.Ordinal);
        Assert.Contains("Raw HTML", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[a](https://www.nspcc.org.uk/)", "https://www.nspcc.org.uk/")]
    [InlineData("[a](http://example.org/x)", "http://example.org/x")]
    [InlineData("[a](mailto:help@example.org)", "mailto:help@example.org")]
    [InlineData("[a](tel:08001111)", "tel:08001111")]
    [InlineData("[a](#top)", "#top")]
    public void Render_AllowedLink_IsKeptAsIs(string markdown, string href)
    {
        var result = Render(markdown);

        Assert.Empty(result.Problems);
        Assert.Equal(href, Parser.ParseDocument(result.Html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_SitePath_IsReportedForCheckingWithItsLine()
    {
        var result = Render("One.\n\nSee [signs](/parents/warning-signs#school) and [home](/).");

        Assert.Equal([new SiteLink("/parents/warning-signs", 3), new SiteLink("/", 3)], result.SiteLinks);
    }

    [Fact]
    public void Render_ImageFromAnotherSite_IsRemovedAndReported()
    {
        var result = Render("![tracker](https://evil.example/pixel.gif)");

        Assert.Empty(Parser.ParseDocument(result.Html).QuerySelectorAll("img"));
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Render_ContactCard_ShowsNameDialableNumberHoursAndOutOfHours()
    {
        var result = Render("Before.\n\n{{contact office}}\n\nAfter.");

        Assert.Empty(result.Problems);
        var card = Parser.ParseDocument(result.Html).QuerySelector(".contact-card")!;
        Assert.Equal("County office", card.QuerySelector(".contact-card__name")!.TextContent);
        var links = card.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("tel:03001118007", "0300 111 8007"), ("tel:03456042886", "0345 604 2886")], links);
        Assert.Contains("(option 1)", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday to Thursday 8am to 5:30pm; Friday 8am to 4:30pm", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Checked 28 November 2026", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ContactCard_IsNotWrappedInAParagraph()
    {
        var result = Render("{{contact childline}}");

        var card = Parser.ParseDocument(result.Html).QuerySelector(".contact-card")!;
        Assert.Equal("BODY", card.ParentElement!.TagName);
    }

    [Fact]
    public void Render_UnverifiedContact_SaysItIsNotConfirmed()
    {
        var result = Render("{{contact night-line}}");

        Assert.Contains("Not yet confirmed", Parser.ParseDocument(result.Html).QuerySelector(".contact-card__checked")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainText_HasTheNumbersAndLinkTextAReaderSees()
    {
        var result = Render("Call {{phone childline}} or use {{link ceop}} today.");

        Assert.Equal("Call 0800 1111 or use Report to CEOP today.\n", result.PlainText); // searched and scored as read
    }

    [Fact]
    public void Render_UnverifiedNumberInASentence_SaysCheckBeforeYouCall()
    {
        var result = Render("Call {{phone night-line}} tonight.");

        var paragraph = Parser.ParseDocument(result.Html).QuerySelector("p")!;
        Assert.Contains("check before you call", paragraph.QuerySelector(".unconfirmed")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("check before you call", Render("Call {{phone childline}}.").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PhoneAndLinkInSentence_BecomeLinksInsideTheParagraph()
    {
        var result = Render("Call {{phone childline}} or {{link ceop}} today.");

        Assert.Empty(result.Problems);
        var paragraph = Parser.ParseDocument(result.Html).QuerySelector("p")!;
        Assert.Equal("Call 0800 1111 or Report to CEOP today.", paragraph.TextContent);
        Assert.Equal("tel:08001111", paragraph.QuerySelector("a.tel")!.GetAttribute("href"));
        Assert.Equal("https://www.ceop.police.uk/Safety-Centre/", paragraph.QuerySelectorAll("a")[1].GetAttribute("href"));
    }

    [Theory]
    [InlineData("Line one.\n\n{{contact nobody}}", 3, "Unknown contact id 'nobody'")]
    [InlineData("Line one.\nCall {{phone nobody}}.", 2, "Unknown contact id 'nobody'")]
    [InlineData("Call {{phone ceop}}.", 1, "has no phone number")]
    [InlineData("A\n\nB\n\nSee {{contakt childline}}.", 5, "Unrecognised '{{'")]
    [InlineData("Call {{contact childline}} now.", 1, "Unrecognised '{{'")]
    [InlineData("Intro.\n\n# Second title", 3, "only first-level heading")]
    public void Render_BadContentSyntax_IsReportedAtItsLine(string markdown, int line, string message)
    {
        var result = Render(markdown);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ContactSyntaxInCode_IsLeftAlone()
    {
        var result = Render("Write `{{contact childline}}` on its own line.");

        Assert.Empty(result.Problems);
        Assert.Contains("<code>{{contact childline}}</code>", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FrontMatter_IsSeparatedWithItsFirstLineAndNotRendered()
    {
        var result = Render("---\ntitle: Hello\norder: 1\n---\n\nBody [x](/nowhere).");

        Assert.Equal("title: Hello\norder: 1", result.FrontMatter);
        Assert.Equal(2, result.FrontMatterFirstLine);
        Assert.DoesNotContain("title", result.Html, StringComparison.Ordinal);
        Assert.Equal(6, Assert.Single(result.SiteLinks).Line);
    }

    [Fact]
    public void Render_LessThanInProse_IsNotMistakenForHtml()
    {
        Assert.Empty(Render("If they are < 18 or say 3 <4, tell someone.").Problems);
    }

    [Fact]
    public void Render_PlainText_HasEachBlockAsASentenceWithoutMarkupOrCards()
    {
        var result = Render("## Who to call\n\n- Call **now**\n- Tell [an adult](/parents)\n\n{{contact childline}}\n\nYou are not alone!");

        Assert.Equal("Who to call.\nCall now.\nTell an adult.\nYou are not alone!\n", result.PlainText);
    }

    [Fact]
    public void Render_Headings_GetIdsForDeepLinks()
    {
        var result = Render("## What to do next");

        Assert.Equal("what-to-do-next", Parser.ParseDocument(result.Html).QuerySelector("h2")!.Id);
    }
}
