using System.Text;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content.Review;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>The review pack as a reviewer gets it: opened in Chromium and printed to A4.</summary>
[Collection(BrowserSite.Collection)]
public sealed class ReviewPackTests(BrowserSite site)
{
    [Fact]
    public async Task ReviewPack_PrintsOnA4WithoutCuttingAnythingOff()
    {
        var target = Path.Combine(BrowserSite.ScreenshotFolder, "review-pack.html");
        using (var output = new StringWriter())
        {
            Assert.True(ReviewPackCommand.Run([target, "--content", RepoPaths.Content], output, TimeProvider.System) == 0, output.ToString());
        }

        // An A4 page at 96 dpi, less the pack's print margins.
        var page = await site.NewPageAsync(794);
        var problems = site.WatchForProblems(page);
        var address = new Uri(target).AbsoluteUri;
        await page.GotoAsync(address);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Self-contained: the file itself is the only thing the browser fetched, and nothing failed.
        Assert.Equal(["off-site request: " + address], problems);
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 60))");
        Assert.True(wide.Length == 0, "wider than an A4 page: " + string.Join(" | ", wide));
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.ChangeExtension(target, ".pdf"), Format = "A4", PreferCSSPageSize = true });
        var pages = CountPages(pdf);
        Assert.True(pages >= 20, $"the pack printed on only {pages} pages");

        await page.SetViewportSizeAsync(794, 1123);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "review-pack-first-page.png") });
    }

    /// <summary>Chromium writes one "/Type /Page" object per page (and "/Type /Pages" for the tree).</summary>
    private static int CountPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            count += text.AsSpan(i + 11).StartsWith("s", StringComparison.Ordinal) ? 0 : 1;
        }

        return count;
    }
}
