using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Web;

/// <summary>The about page, accessibility statement and privacy notice read their facts from data/site.yml.</summary>
public sealed class GovernancePageTests(SharedSite site)
{
    private static readonly SiteInfo Info = ContentLoader.Load(RepoPaths.Content).Site;

    [Fact]
    public async Task AccessibilityStatement_HasEverySectionOfThePublicSectorModel()
    {
        var (_, document) = await site.GetPageAsync("/accessibility");

        var headings = document.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent).ToList();
        string[] required =
        [
            "How accessible this website is", "Feedback and contact information", "Reporting accessibility problems with this website",
            "Enforcement procedure", "Technical information about this website's accessibility", "Compliance status",
            "Non-accessible content", "How we tested this website", "Preparation of this accessibility statement",
        ];
        Assert.All(required, h => Assert.Contains(h, headings));
        var text = document.QuerySelector("main")!.TextContent;
        Assert.Contains("This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard", text, StringComparison.Ordinal);
        Assert.Contains("we have not yet tested with screen readers", text, StringComparison.Ordinal);
        Assert.Contains("Equality and Human Rights Commission (EHRC)", text, StringComparison.Ordinal);
        Assert.Contains($"This statement was prepared on {ContactHtml.Date(Info.AccessibilityPrepared)}.", text, StringComparison.Ordinal);
        Assert.Contains($"last tested on {ContactHtml.Date(Info.AccessibilityTested)}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/about")]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    public async Task GovernancePage_WithoutAFeedbackAddress_SendsPeopleToThePartnershipsWebsites(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        var links = document.QuerySelectorAll("main .prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(Info.Partners, p => Assert.Contains(p.Url, links));
        Assert.DoesNotContain(links, l => l!.StartsWith("mailto:", StringComparison.Ordinal));
        Assert.Contains(Info.Owner, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/about")]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    public async Task GovernancePage_WithAFeedbackAddress_GivesIt(string path)
    {
        using var folder = ContentFolder.CopyOfReal().WithFeedbackAddress("knowaboutcse@example.gov.uk");
        await using var factory = new SiteFactory(folder.Path);

        var (_, document) = await factory.GetPageAsync(path);

        Assert.Contains(document.QuerySelectorAll("main .prose a"), a => a.GetAttribute("href") == "mailto:knowaboutcse@example.gov.uk");
    }

    [Fact]
    public async Task PrivacyNotice_NamesTheControllerTheRetentionAndTheIco()
    {
        var (_, document) = await site.GetPageAsync("/privacy");

        var text = document.QuerySelector("main")!.TextContent;
        Assert.Contains($"{Info.LogRetentionDays} days", text, StringComparison.Ordinal);
        Assert.Contains("data controller", text, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll(".contact-card__name"), n => n.TextContent.StartsWith("Information Commissioner's Office", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownSiteFact_IsRefusedNamingTheKeys()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, "Run by {{site ownr}}."));

        var problem = Assert.Single(Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path)).Problems);

        Assert.Equal(("parents/first.md", 8), (problem.File, problem.Line));
        Assert.Contains("owner, partners, feedback", problem.Message, StringComparison.Ordinal);
    }
}
