using KnowAboutCse.Tests.Support;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>"Help me say it", the friend check and the record sheet in a real browser: used, checked with axe, printed.</summary>
[Collection(BrowserSite.Collection)]
public sealed class TellingToolTests(BrowserSite site)
{
    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>The page as it prints: print media at A4's width (210 mm at 96 dpi), a screenshot of that.</summary>
    private static async Task PrintScreenshotAsync(IPage page, string name)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(794, 1123);
        await ScreenshotAsync(page, name);
    }

    [Theory]
    [InlineData(375, true)]
    [InlineData(1280, true)]
    [InlineData(375, false)]
    public async Task HelpMeSayIt_MakesANoteToShowAndPrintsOnlyTheNoteAndTips(int width, bool javaScript)
    {
        var page = await site.NewPageAsync(width, javaScript);
        await page.GotoAsync("/youngpeople/help-me-say-it");

        await page.Locator("input[name=say][value=pictures]").CheckAsync();
        await page.Locator("input[name=say][value=scared]").CheckAsync();
        await page.Locator("input[name=who][value=parent]").CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        Assert.Equal(2, await page.Locator(".note .note__lines li").CountAsync());
        Assert.True(await page.Locator(".note__caption").IsVisibleAsync());
        Assert.True((await page.Locator(".tool-notice").BoundingBoxAsync())!.Y < (await page.Locator(".note").BoundingBoxAsync())!.Y, "999 comes before the note");
        Assert.Equal(javaScript, await page.Locator("[data-print]").IsVisibleAsync());
        if (!javaScript)
        {
            // Without scripts the hint says how to print with the browser's own menu (axe needs scripts: the cases above run it).
            Assert.True(await page.GetByText("You don't have to print it").IsVisibleAsync());
            return;
        }

        await PageTests.AssertAccessibleAndFitsAsync(page, "/youngpeople/help-me-say-it (note)", width);
        await ScreenshotAsync(page, $"youngpeople-help-me-say-it-note-{width}");
        if (width == 375)
        {
            await PrintScreenshotAsync(page, "youngpeople-help-me-say-it-note-print");
            Assert.False(await page.Locator(".site-header").IsVisibleAsync());
            Assert.False(await page.Locator(".page__body > .prose").IsVisibleAsync());
            Assert.False(await page.Locator(".note__caption").IsVisibleAsync());
            Assert.True(await page.Locator(".note").IsVisibleAsync());
        }
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task FriendCheck_DangerAndAPromise_Puts999FirstAndExplainsThePromise(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/youngpeople/worried-about-a-friend");

        await page.Locator("input[name=noticed][value=pictures]").CheckAsync();
        await page.Locator("input[name=danger][value=yes]").CheckAsync();
        await page.Locator("input[name=secret][value=yes]").CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        var notice = page.Locator(".tool-notice");
        Assert.Equal("999", await notice.Locator("a.tel").First.TextContentAsync());
        Assert.True((await notice.BoundingBoxAsync())!.Y < (await page.Locator("#result-heading").BoundingBoxAsync())!.Y);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Why it's OK to break this promise" }).IsVisibleAsync());
        await PageTests.AssertAccessibleAndFitsAsync(page, "/youngpeople/worried-about-a-friend (result)", width);
        await ScreenshotAsync(page, $"youngpeople-worried-about-a-friend-result-{width}");
    }

    [Fact]
    public async Task FriendCheck_ByKeyboardWithJavaScriptOff_ShowsAResult()
    {
        var page = await site.NewPageAsync(375, javaScript: false);
        await page.GotoAsync("/youngpeople/worried-about-a-friend");

        await KeyboardUser.TabToAsync(page, "input[name=noticed]");
        await page.Keyboard.PressAsync("Space");
        await KeyboardUser.TabToAsync(page, ".tool-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("#result-heading");
        Assert.Equal("What you can do", await page.Locator("#result-heading").TextContentAsync());
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task RecordSheet_TypedNotesBecomeAPrintableA4Sheet(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/parents/keep-a-record");
        await PageTests.AssertAccessibleAndFitsAsync(page, "/parents/keep-a-record (form)", width);

        await page.GetByLabel("Today's date").FillAsync("2 December 2026");
        await page.GetByLabel("The other person: names, usernames and phone numbers").FillAsync("Snapchat: jay_22_xx\nPhone: 07700 900123");
        await page.GetByLabel("Cars and other vehicles").FillAsync("Silver hatchback, AB12 CDE, outside the school gates");
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        Assert.Equal(3, await page.Locator(".record-sheet__value").CountAsync());
        Assert.True(await page.Locator("[data-print]").IsVisibleAsync());
        await PageTests.AssertAccessibleAndFitsAsync(page, "/parents/keep-a-record (sheet)", width);
        await ScreenshotAsync(page, $"parents-keep-a-record-sheet-{width}");
        if (width == 375)
        {
            await PrintScreenshotAsync(page, "parents-keep-a-record-sheet-print");
            Assert.False(await page.Locator(".site-header").IsVisibleAsync());
            Assert.False(await page.Locator("[data-print]").IsVisibleAsync());
            Assert.True(await page.Locator(".record-sheet__line").First.IsVisibleAsync());
            Assert.True(await page.Locator(".record-sheet .contact-card").First.IsVisibleAsync());
        }
    }

    [Fact]
    public async Task RecordSheet_TheBrowserStopsTypingAtEachFieldsLimit()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/parents/keep-a-record");

        var field = page.GetByLabel("Apps, games and websites");
        var limit = int.Parse((await field.GetAttributeAsync("maxlength"))!, System.Globalization.CultureInfo.InvariantCulture);
        await field.FillAsync(new string('a', limit));
        await field.PressAsync("b");

        Assert.Equal(limit, (await field.InputValueAsync()).Length);
    }
}
