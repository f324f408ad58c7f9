using System.Text;
using System.Text.RegularExpressions;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Schools;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>
/// The schools kit in a real browser: a teacher's path to a printed letter, the print sizes, the
/// copy buttons. Axe, width and off-site checks of the kit's pages are in PageTests, with every page.
/// </summary>
[Collection(BrowserSite.Collection)]
public sealed partial class SchoolsKitTests(BrowserSite site)
{
    [Fact]
    public async Task Teacher_FromSchoolsPage_GetsTheirLetterPrintedOnTwoA4Pages()
    {
        var page = await site.NewPageAsync(1280);
        var problems = site.WatchForProblems(page);
        await page.GotoAsync("/schools");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("schools-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("schools-375.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);

        var atLetter = page.WaitForURLAsync("**/schools/letter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Print the parent letter" }).ClickAsync();
        await atLetter;
        await page.GetByLabel("School name (optional)").FillAsync("The Blessed William Howard Catholic High School and Sixth Form Centre");
        await page.GetByLabel("Date on the letter (optional)").FillAsync("2027-01-11");
        var filled = page.WaitForURLAsync("**/schools/letter?**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the letter" }).ClickAsync();
        await filled;

        Assert.Equal("The Blessed William Howard Catholic High School and Sixth Form Centre", await page.Locator(".letter__school").TextContentAsync());
        Assert.Contains("11 January 2027", await page.Locator(".letter__body").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-print]").IsVisibleAsync());
        Assert.Empty(problems);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".kit-form").IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.True(await page.Locator(".letter .qr img").First.IsVisibleAsync());
        Assert.True(await page.Locator(".letter__checked").IsVisibleAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, Path = Shot("schools-letter.pdf") });
        Assert.InRange(PageCount(pdf), 1, 2);

        await page.SetViewportSizeAsync(794, 1123);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("schools-letter-print.png"), FullPage = true });
    }

    public static TheoryData<string> PosterIds() => [.. SchoolsKitPaths.PosterIds];

    [Theory]
    [MemberData(nameof(PosterIds))]
    public async Task Poster_Printed_FitsOneA4Page(string id)
    {
        var page = await site.NewPageAsync(794);
        await page.GotoAsync("/schools/poster/" + id);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".quick-exit__button").IsVisibleAsync());
        Assert.True(await page.Locator(".poster__qr").IsVisibleAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, Path = Shot($"poster-{id}.pdf") });
        Assert.Equal(1, PageCount(pdf));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"poster-{id}-print.png"), FullPage = true });
    }

    public static TheoryData<string, int> TranslatedKitPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in (string[])["/pl/schools/letter", "/ur/schools/letter", "/pl/schools/poster/parents", "/ur/schools/poster/parents"])
        {
            data.Add(path, 375);
            data.Add(path, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TranslatedKitPages))]
    public async Task TranslatedKitPage_AtWidth_FitsAndPassesAxe(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        var problems = site.WatchForProblems(page);

        Assert.Equal(200, (await page.GotoAsync(path))!.Status);

        Assert.Empty(problems);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"), "an image did not load");
        await PageTests.AssertAccessibleAndFitsAsync(page, path, width);
    }

    [Theory]
    [InlineData("pl", "letter", 2)]
    [InlineData("ur", "letter", 2)]
    [InlineData("pl", "poster/parents", 1)]
    [InlineData("ur", "poster/parents", 1)]
    public async Task TranslatedLetterAndPoster_Printed_FitLikeTheEnglish(string lang, string what, int pages)
    {
        var page = await site.NewPageAsync(794);
        await page.GotoAsync($"/{lang}/schools/{what}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".translation-note").IsVisibleAsync()); // for the teacher on screen, not on the printout
        Assert.True(await page.Locator(".print-sheet img").First.IsVisibleAsync());
        var name = $"{lang}-{(what == "letter" ? "schools-letter" : "poster-parents")}";
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, Path = Shot(name + ".pdf") });
        Assert.InRange(PageCount(pdf), 1, pages);
        if (lang == "ur")
        {
            Assert.Equal("rtl", await page.Locator(".print-sheet").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        }

        await page.SetViewportSizeAsync(794, 1123);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot(name + "-print.png"), FullPage = true });
    }

    [Fact]
    public async Task Newsletter_CopyButton_CopiesTheTextAndSaysSo()
    {
        var page = await site.NewPageAsync(1280);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl });
        await page.GotoAsync("/schools/newsletter");
        var blurb = page.Locator(".blurb").First;

        await blurb.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(blurb.Locator("[role=status]")).ToHaveTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal((await blurb.Locator(".blurb__text").InnerTextAsync()).Trim(), copied);
        Assert.Contains("/parents", copied, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsletter_WithoutJavaScript_HasNoDeadButtonsAndSelectableText()
    {
        var page = await site.NewPageAsync(375, javaScript: false);
        await page.GotoAsync("/schools/newsletter");

        Assert.Equal(0, await page.Locator("button[data-copy]:visible").CountAsync());
        var blurbs = await page.Locator(".blurb__text").CountAsync();
        Assert.True(blurbs > 0);
        Assert.Equal(blurbs, await page.Locator(".blurb__text:visible").CountAsync());
        Assert.NotEqual("none", await page.Locator(".blurb__text").First.EvaluateAsync<string>("e => getComputedStyle(e).userSelect"));
    }

    private static string Shot(string name) => Path.Combine(BrowserSite.ScreenshotFolder, name);

    /// <summary>Chromium writes each page as a <c>/Type /Page</c> object (the tree is <c>/Type /Pages</c>).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
