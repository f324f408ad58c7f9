using KnowAboutCse.Tests.Support;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>Search from the header box in a real browser: results, no trace in the address, layout, axe; and printing.</summary>
[Collection(BrowserSite.Collection)]
public sealed class SearchBrowserTests(BrowserSite site)
{
    private static async Task SearchFromHeaderAsync(IPage page, string query)
    {
        await page.Locator("#site-search-q").FillAsync(query);
        var arrived = page.WaitForURLAsync("**/search");
        await page.Locator(".site-search__button").ClickAsync();
        await arrived;
        await page.WaitForSelectorAsync("#result-heading");
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task HeaderSearch_Results_ShowPagesWithNoQueryInTheAddressAndPassAxe(int width)
    {
        var page = await site.NewPageAsync(width);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync("/parents");

        await SearchFromHeaderAsync(page, "sending nudes");

        Assert.EndsWith("/search", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(requested, url => url.Contains("nudes", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Nudes and sharing images", await page.Locator(".search-result__title").First.TextContentAsync());
        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0);
        Assert.DoesNotContain("nudes", await page.TitleAsync(), StringComparison.OrdinalIgnoreCase);
        await PageTests.AssertAccessibleAndFitsAsync(page, "/search (results)", width);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"search-results-{width}.png") });
    }

    [Fact]
    public async Task HeaderSearch_NoResults_OffersSuggestionsAndHelpAndPassesAxe()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync("/");

        await SearchFromHeaderAsync(page, "xylophone zebra");

        Assert.StartsWith("No pages found", await page.Locator("#result-heading").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".help-now .contact-card").First.IsVisibleAsync());
        await PageTests.AssertAccessibleAndFitsAsync(page, "/search (no results)", 375);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "search-no-results-375.png"), FullPage = true });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HeaderSearch_ByKeyboard_WorksWithJavaScriptOnAndOff(bool javaScript)
    {
        var page = await site.NewPageAsync(375, javaScript);
        await page.GotoAsync("/youngpeople");

        await KeyboardUser.TabToAsync(page, "#site-search-q");
        await page.Keyboard.TypeAsync("groomd");
        var arrived = page.WaitForURLAsync("**/search");
        await page.Keyboard.PressAsync("Enter");
        await arrived;

        await page.WaitForSelectorAsync(".search-result");
        Assert.Contains("‘groom", await page.Locator(".search-results__corrected").TextContentAsync(), StringComparison.Ordinal);
        if (javaScript)
        {
            Assert.Equal("result-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }
    }

    [Fact]
    public async Task HeaderSearch_At320Pixels_FitsBelowTheDangerLineWithLargeTargets()
    {
        var page = await site.NewPageAsync(320);
        await page.GotoAsync("/parents/warning-signs");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "header-320.png") });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 320).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right).join('; ')"));
        var danger = (await page.Locator(".danger-line").BoundingBoxAsync())!;
        foreach (var selector in new[] { "#site-search-q", ".site-search__button" })
        {
            var box = (await page.Locator(selector).BoundingBoxAsync())!;
            Assert.True(box.Height >= 24 && box.Width >= 24, $"{selector} is {box.Width}×{box.Height}");
            Assert.True(box.Y >= danger.Y + danger.Height, $"{selector} is above the danger line");
            Assert.True(box.X + box.Width <= 320, $"{selector} runs off the screen");
        }
    }

    [Fact]
    public async Task Result_Followed_SendsNoReferrer()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/");
        await SearchFromHeaderAsync(page, "warning signs");
        var referers = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Headers.TryGetValue("referer", out var referer) && referer.Length > 0)
            {
                referers.Add(referer);
            }
        };

        var arrived = page.WaitForURLAsync("**/parents/**");
        await page.Locator(".search-result__title").First.ClickAsync();
        await arrived;

        Assert.Empty(referers);
    }

    [Fact]
    public async Task Print_ContentPage_HidesSearchAndShowsItsAddressAndLinkAddresses()
    {
        var page = await site.NewPageAsync(794);
        await page.GotoAsync("/youngpeople/getting-help");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-search").IsVisibleAsync());
        Assert.False(await page.Locator(".quick-exit__button").IsVisibleAsync());
        Assert.False(await page.Locator(".main-nav").IsVisibleAsync());
        // The production address, as a printout should show, whatever server rendered it.
        Assert.Equal("Printed from https://www.knowaboutcse.co.uk/youngpeople/getting-help", (await page.Locator(".print-only").TextContentAsync())!.Trim());
        Assert.True(await page.Locator(".print-only").IsVisibleAsync());
        Assert.True(await page.Locator(".contact-card").First.IsVisibleAsync());
        Assert.StartsWith(" (/", await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('.prose a[href^=\"/\"]'), '::after').content.replace(/^\"|\"$/g, '')"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "print-page.png"), FullPage = true });
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "getting-help-print.pdf"), Format = "A4" });
    }
}
