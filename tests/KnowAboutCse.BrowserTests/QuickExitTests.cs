using KnowAboutCse.Tests.Support;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>The quick exit as a frightened visitor uses it: keyboard, mouse, JavaScript on and off.</summary>
[Collection(BrowserSite.Collection)]
public sealed class QuickExitTests(BrowserSite site)
{
    private const string ExitPattern = "https://www.bbc.co.uk/weather**";

    /// <summary>A tab whose requests to the exit site are answered locally, so the test leaves this machine never.</summary>
    private async Task<IPage> TabAsync(bool javaScript = true)
    {
        var page = await site.NewPageAsync(1280, javaScript);
        await page.Context.RouteAsync(ExitPattern, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!doctype html><title>Weather</title><h1>Weather</h1>",
        }));
        return page;
    }

    private static async Task PressShiftAsync(IPage page, int times)
    {
        // Wait until the page's script is listening, as a visitor's first key press comes after the page shows.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        for (var i = 0; i < times; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }
    }

    [Fact]
    public async Task ShiftThreeTimes_LeavesTheSite()
    {
        var page = await TabAsync();
        await page.GotoAsync("/youngpeople/sharing-images");

        var left = page.WaitForURLAsync(ExitPattern);
        await PressShiftAsync(page, 3);

        await left;
        Assert.Equal("Weather", await page.TitleAsync());
    }

    [Fact]
    public async Task ShiftOnce_AnnouncesTheCountAndStays()
    {
        var page = await TabAsync();
        await page.GotoAsync("/parents");

        await PressShiftAsync(page, 1);

        var status = page.Locator(".quick-exit__status");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("Shift pressed 1 of 3 times. Press it again to leave this page.", await status.TextContentAsync());
        Assert.True(await status.IsVisibleAsync());
        Assert.StartsWith(site.BaseUrl, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShiftUsedForCapitals_DoesNotCount()
    {
        var page = await TabAsync();
        await page.GotoAsync("/parents");

        // Typing capitals holds Shift with other keys: none of these are "Shift presses".
        await page.Keyboard.PressAsync("Shift+A");
        await page.Keyboard.PressAsync("Shift+B");
        await page.Keyboard.PressAsync("Shift+C");
        await PressShiftAsync(page, 2);
        await page.WaitForTimeoutAsync(300);

        Assert.StartsWith(site.BaseUrl, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitButton_Clicked_LeavesAndBackDoesNotShowThePage()
    {
        var page = await TabAsync();
        await page.GotoAsync("/parents");
        var arrived = page.WaitForURLAsync("**/parents/warning-signs");
        await page.ClickAsync("a[href='/parents/warning-signs']");
        await arrived;

        var left = page.WaitForURLAsync(ExitPattern);
        await page.ClickAsync(".quick-exit__button");
        await left;
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });

        // The exited page was replaced in history; the one before it bounces straight back out.
        await page.WaitForURLAsync(ExitPattern);
        Assert.Equal("Weather", await page.TitleAsync());
    }

    [Fact]
    public async Task ExitButton_WithJavaScriptOff_IsAPlainLinkThatWorks()
    {
        var page = await TabAsync(javaScript: false);
        await page.GotoAsync("/get-help");

        var rel = await page.GetAttributeAsync(".quick-exit__button", "rel");
        var left = page.WaitForURLAsync(ExitPattern);
        await page.ClickAsync(".quick-exit__button");

        await left;
        Assert.Equal("nofollow noreferrer", rel);
    }

    [Fact]
    public async Task ComingBackByLink_AfterAnExit_ShowsTheSiteAgain()
    {
        var page = await TabAsync();
        await page.GotoAsync("/parents");
        var left = page.WaitForURLAsync(ExitPattern);
        await PressShiftAsync(page, 3);
        await left;

        // A visitor who chooses to come back (typed address, link) is not bounced.
        await page.GotoAsync("/youngpeople");

        Assert.Equal("For young people", await page.Locator("h1").TextContentAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
    }
}
