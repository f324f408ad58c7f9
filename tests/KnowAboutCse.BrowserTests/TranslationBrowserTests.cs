using KnowAboutCse.Tests.Support;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>The Polish and Urdu pages in a real browser: accessible at both widths, Urdu mirrored, and Urdu text actually drawn.</summary>
[Collection(BrowserSite.Collection)]
public sealed class TranslationBrowserTests(BrowserSite site)
{
    /// <summary>Every translated page, at a phone's and a laptop's width.</summary>
    public static TheoryData<string, int> TranslatedPagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var url in KnowAboutCse.Web.Content.ContentLoader.Load(RepoPaths.Content).Languages.Pages.Select(p => p.Url).Order(StringComparer.Ordinal))
        {
            data.Add(url, 375);
            data.Add(url, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TranslatedPagesAtBothWidths))]
    public async Task TranslatedPage_AtWidth_FitsStaysOnSiteAndPassesAxe(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        var problems = site.WatchForProblems(page);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Empty(problems);
        await PageTests.AssertAccessibleAndFitsAsync(page, path, width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{path.Trim('/').Replace('/', '-')}-{width}-full.png"), FullPage = true });
    }

    /// <summary>
    /// Mirrored, not rearranged: the skip link and then the exit button are still the first two stops for the
    /// keyboard, and the exit button sits at the inline end of the bar, which right to left is the left.
    /// </summary>
    [Theory]
    [InlineData("/ur/get-help", true)]
    [InlineData("/get-help", false)]
    public async Task ExitButton_IsSecondTabStop_AndSitsAtTheLineEnd(string path, bool rightToLeft)
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.className");
        await page.Keyboard.PressAsync("Tab");
        var second = await page.EvaluateAsync<string>("() => document.activeElement.className");
        var box = (await page.Locator(".quick-exit__button").BoundingBoxAsync())!;

        Assert.Equal(("skip-link", "quick-exit__button"), (first, second));
        if (rightToLeft)
        {
            Assert.True(box.X + box.Width < 375 / 2, $"the exit button is at x={box.X}, width {box.Width}: not on the left");
        }
        else
        {
            Assert.True(box.X > 375 / 2, $"the exit button is at x={box.X}: not on the right");
        }
    }

    [Fact]
    public async Task UrduPage_At375_IsMirrored()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync("/ur/get-help");

        var heading = (await page.Locator("main h1").BoundingBoxAsync())!;
        var cardBorder = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.contact-card')).borderRightWidth");

        // The heading's text starts at the right; the cards' coloured edge is on the right.
        Assert.True(heading.X + heading.Width > 375 - 40, $"the heading ends at {heading.X + heading.Width}");
        Assert.NotEqual("0px", cardBorder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "ur-get-help-375.png"), FullPage = false });
    }

    /// <summary>
    /// A missing font draws every letter as the same empty box. So draw two Urdu letters that differ only by
    /// their dots (ب and ت) in the heading's own font, on a canvas, and compare the pixels: the same image means
    /// no glyphs (Debian's Chromium without fonts-noto-core). A private-use character, which no font has, is
    /// drawn too, and the letters must not look like it.
    /// </summary>
    [Fact]
    public async Task UrduText_IsDrawnWithRealGlyphs()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync("/ur/get-help");

        var result = await page.EvaluateAsync<string[]>(
            """
            () => {
              const font = getComputedStyle(document.querySelector('main h1')).font;
              const draw = text => {
                const canvas = document.createElement('canvas');
                canvas.width = 120; canvas.height = 120;
                const context = canvas.getContext('2d');
                context.font = font;
                context.fillStyle = '#000';
                context.fillText(text, 30, 80);
                return canvas.toDataURL();
              };
              return [draw('\u0628'), draw('\u062A'), draw('\uE000')];
            }
            """);

        Assert.NotEqual(result[0], result[1]);
        Assert.NotEqual(result[2], result[0]);
    }
}
