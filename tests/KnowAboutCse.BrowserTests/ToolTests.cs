using KnowAboutCse.Tests.Support;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>Each tool completed with the keyboard alone, with JavaScript on and off.</summary>
[Collection(BrowserSite.Collection)]
public sealed class ToolTests(BrowserSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RelationshipCheck_ByKeyboard_ShowsAResult(bool javaScript)
    {
        var page = await site.NewPageAsync(375, javaScript);
        await page.GotoAsync("/youngpeople/relationship-check");

        // First question: arrow keys move between radios of one group; Space selects.
        await KeyboardUser.TabToAsync(page, "input[type=radio]");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Space");
        await KeyboardUser.TabToAsync(page, ".tool-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("#result-heading");
        Assert.Contains("You answered 1 of", await page.Locator(".tool-result").TextContentAsync(), StringComparison.Ordinal);
        if (javaScript)
        {
            Assert.Equal("result-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }
    }

    [Fact]
    public async Task WhoToContact_ByKeyboard_NamesOneContactFirst()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/get-help/who-to-contact");

        await KeyboardUser.TabToAsync(page, "input[name=where]");
        await page.Keyboard.PressAsync("ArrowDown"); // Stoke-on-Trent
        await KeyboardUser.TabToAsync(page, "input[name=urgency]");
        await page.Keyboard.PressAsync("Space"); // In danger now
        await KeyboardUser.TabToAsync(page, ".tool-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("#result-heading");
        Assert.Equal("Police emergency", await page.Locator(".tool-result .contact-card__name").First.TextContentAsync());
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task WhoToContact_CantSpeak_Puts999FirstInDangerAndWaysToWriteOtherwise(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/get-help/who-to-contact");

        // In danger and unable to speak: 999 stays first, with how to call without speaking, and texting 999 once registered.
        await page.Locator("input[name=urgency][value=danger-now]").CheckAsync();
        await page.Locator("input[name=how][value=cant-speak]").CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        Assert.Equal("Police emergency", await page.Locator(".tool-result .contact-card__name").First.TextContentAsync());
        Assert.Contains("press 55 when you are asked", await page.Locator(".tool-result .lead").TextContentAsync(), StringComparison.Ordinal);
        var ways = page.Locator(".finder-ways");
        Assert.Equal("Ways to get help without speaking", await ways.Locator("h3").TextContentAsync());
        Assert.True(await ways.Locator("a[href='sms:999']").IsVisibleAsync());
        Assert.True((await page.Locator(".tool-result .contact-card").First.BoundingBoxAsync())!.Y < (await ways.BoundingBoxAsync())!.Y, "999's card must come before the list of ways");
        await PageTests.AssertAccessibleAndFitsAsync(page, "/get-help/who-to-contact (can't speak, danger)", width);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotFolder, $"get-help-who-to-contact-cant-speak-danger-{width}.png"),
            FullPage = true,
        });

        // Start again; an adult worried about a child in Staffordshire who can't speak: the NSPCC, which can be written to, comes first, and the result says why.
        await page.Locator(".tool-result a", new() { HasText = "Start again" }).ClickAsync();
        await page.Locator("input[name=where][value=staffordshire]").CheckAsync();
        await page.Locator("input[name=urgency][value=worried]").CheckAsync();
        await page.Locator("input[name=how][value=cant-speak]").CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        Assert.Equal("NSPCC Helpline", await page.Locator(".tool-result .contact-card__name").First.TextContentAsync());
        Assert.True(await page.Locator(".finder-moved").IsVisibleAsync());
        Assert.True(await page.Locator(".finder-ways a[href^='https://safeguardingtool.nspcc.org.uk']").IsVisibleAsync());
        await PageTests.AssertAccessibleAndFitsAsync(page, "/get-help/who-to-contact (can't speak, adult)", width);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotFolder, $"get-help-who-to-contact-cant-speak-adult-{width}.png"),
            FullPage = true,
        });
    }

    [Fact]
    public async Task WhoToContact_NotSureWhichCouncil_OpensTheTownListByKeyboard()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync("/get-help/who-to-contact");

        await KeyboardUser.TabToAsync(page, "details.places summary");
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.Locator("details.places li").First.IsVisibleAsync());
    }

    [Fact]
    public async Task Checklist_ByKeyboard_ExplainsTheSignsAndOffersPrint()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/parents/warning-signs-checklist");

        await KeyboardUser.TabToAsync(page, "input[type=checkbox]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await KeyboardUser.TabToAsync(page, ".tool-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("#result-heading");
        Assert.Equal(2, await page.Locator(".concerns li").CountAsync());
        Assert.True(await page.Locator("[data-print]").IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator(".concerns").IsVisibleAsync());
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Checklist_GoingMissing_Puts999AboveTheActNowResult(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/parents/warning-signs-checklist");

        await page.Locator("input[value=going-missing]").CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        var notice = page.Locator(".tool-notice");
        Assert.True(await notice.IsVisibleAsync());
        Assert.True((await notice.BoundingBoxAsync())!.Y < (await page.Locator("#result-heading").BoundingBoxAsync())!.Y, "the 999 notice must come before the result");
        Assert.Equal("999", await notice.Locator("a.tel").First.TextContentAsync());
        await PageTests.AssertAccessibleAndFitsAsync(page, "/parents/warning-signs-checklist (missing)", width);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotFolder, $"parents-warning-signs-checklist-missing-{width}.png"),
            FullPage = true,
        });
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task RelationshipCheck_OlderPersonAndSecrets_IsRedAndExplainsWhy(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/youngpeople/relationship-check");

        await page.Locator("input[name=q-much-older][value=yes]").CheckAsync();
        await page.Locator("input[name=q-keep-secret][value=yes]").CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        Assert.Contains("tool-result--red", await page.Locator(".tool-result").GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".together").IsVisibleAsync());
        await PageTests.AssertAccessibleAndFitsAsync(page, "/youngpeople/relationship-check (red)", width);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotFolder, $"youngpeople-relationship-check-red-{width}.png"),
            FullPage = true,
        });
    }

    [Theory]
    [InlineData("/youngpeople/relationship-check", 375)]
    [InlineData("/youngpeople/relationship-check", 1280)]
    [InlineData("/get-help/who-to-contact", 375)]
    [InlineData("/get-help/who-to-contact", 1280)]
    [InlineData("/parents/warning-signs-checklist", 375)]
    [InlineData("/parents/warning-signs-checklist", 1280)]
    public async Task ToolResult_PassesAxeAndFits(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(path);

        await page.Locator(".tool-form input").First.CheckAsync();
        await page.Locator(".tool-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#result-heading");

        await PageTests.AssertAccessibleAndFitsAsync(page, path, width);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{path.Trim('/').Replace('/', '-')}-result-{width}.png"),
            FullPage = true,
        });
    }
}
