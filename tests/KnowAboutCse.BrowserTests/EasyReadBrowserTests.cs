using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>The Easy Read and children's pages in Chromium at phone and desktop widths: axe, text size, pictures, weight.</summary>
[Collection(BrowserSite.Collection)]
public sealed class EasyReadBrowserTests(BrowserSite site)
{
    private const int MaxPageBytes = 20 * 1024;

    public static TheoryData<string, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in ContentLoader.Load(RepoPaths.Content).Sections.Where(s => s.Key is "easy-read" or "children").SelectMany(s => s.Pages.Prepend(s.Index)))
        {
            data.Add(page.Url, 375);
            data.Add(page.Url, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Page_AtWidth_PassesAxeWithLargeTextAndAPictureBesideEachPoint(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        var problems = site.WatchForProblems(page);

        await page.GotoAsync(path);

        Assert.Empty(problems);
        await PageTests.AssertAccessibleAndFitsAsync(page, path, width);
        // 14 pt is 18.67 CSS px; the pages ask for 1.25rem, 20 px.
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('main .prose p')].map(p => parseFloat(getComputedStyle(p).fontSize)))");
        Assert.True(smallest >= 20, $"{path}: body text {smallest}px");
        var points = await page.EvaluateAsync<PointBox[]>("""
            () => [...document.querySelectorAll('.point')].map(p => {
                const icon = p.querySelector('.point__icon').getBoundingClientRect();
                const range = document.createRange();
                range.setStartAfter(p.querySelector('.point__icon'));
                range.setEndAfter(p.lastChild);
                const text = range.getBoundingClientRect();
                return { loaded: p.querySelector('img').complete && p.querySelector('img').naturalWidth > 0,
                         iconWidth: icon.width, iconRight: icon.right, textLeft: text.left, iconTop: icon.top, textTop: text.top };
            })
            """);
        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.True(p.Loaded, $"{path}: a picture did not load");
            Assert.InRange(p.IconWidth, 40, 72);
            Assert.True(p.IconRight <= p.TextLeft, $"{path}: a picture overlaps its words");
            Assert.InRange(p.TextTop - p.IconTop, -30, 30); // beside the words, not above them
        });

        var name = path.Trim('/').Replace('/', '-');
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
    }

    /// <summary>What the browser received, compressed: the page, its stylesheet, scripts and pictures.</summary>
    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Page_InTheBrowser_TransfersAtMost20KbCompressed(string path, int width)
    {
        var page = await site.NewPageAsync(width);

        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var bytes = await page.EvaluateAsync<double>(
            "() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, e) => sum + e.encodedBodySize, 0)");
        TestContext.Current.TestOutputHelper?.WriteLine($"{path} at {width}px: {bytes} bytes");
        Assert.InRange(bytes, 1, MaxPageBytes);
    }

    /// <summary>One point's picture and words on screen (Playwright fills it by property name).</summary>
    public sealed class PointBox
    {
        public bool Loaded { get; set; }

        public double IconWidth { get; set; }

        public double IconRight { get; set; }

        public double TextLeft { get; set; }

        public double IconTop { get; set; }

        public double TextTop { get; set; }
    }
}
