using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Controllers;
using KnowAboutCse.Web.Schools;
using Microsoft.Playwright;

namespace KnowAboutCse.Tests;

/// <summary>Every page the site serves, in a real browser at phone and desktop widths.</summary>
[Collection(BrowserSite.Collection)]
public sealed class PageTests(BrowserSite site)
{
    public const string MissingPath = "/no-such-page";

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The routes come from the content itself, so a new page is tested without editing this file.</summary>
    public static TheoryData<string, int> PagesAtBothWidths()
    {
        // Every HTML page the site serves without a query string: content, the schools kit's pages, search, and the 404.
        var paths = ContentLoader.Load(RepoPaths.Content).AllPages.Select(p => p.Url).Prepend("/")
            .Concat(SchoolsKitPaths.All.Where(p => !Path.HasExtension(p)))
            .Append(SearchController.SearchPath)
            .Append(MissingPath);
        var data = new TheoryData<string, int>();
        foreach (var path in paths)
        {
            data.Add(path, 375);
            data.Add(path, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Page_AtWidth_FitsStaysOnSiteAndPassesAxe(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        // The browser reports the 404 page's own status as a console error; that one is expected.
        var problems = site.WatchForProblems(page, error => path == MissingPath && error.Contains("404", StringComparison.Ordinal));

        var response = await page.GotoAsync(path);

        Assert.Equal(path == MissingPath ? 404 : 200, response!.Status);
        Assert.Empty(problems);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"), "an image did not load");
        await AssertAccessibleAndFitsAsync(page, path, width);

        var name = path == "/" ? "home" : path.Trim('/').Replace('/', '-');
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
    }

    /// <summary>No sideways scrolling, and no axe violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
    internal static async Task AssertAccessibleAndFitsAsync(IPage page, string path, int width)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{path} scrolls sideways at {width}px.");

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var violations = results.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Keyboard_FirstTabs_ReachSkipLinkThenQuickExit(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/parents/warning-signs");

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Tab");
        var second = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

        Assert.Equal("Skip to main content", first);
        Assert.Equal("Emergency: Exit this page", second);
        Assert.True(await page.Locator(".quick-exit__button").IsVisibleAsync());
    }

    [Fact]
    public async Task SkipLink_Activated_MovesFocusToMainContent()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/youngpeople");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task QuickExit_AfterScrollingDown_IsStillOnScreen(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync("/get-help");

        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        var box = await page.Locator(".quick-exit__button").BoundingBoxAsync();

        Assert.NotNull(box);
        Assert.InRange(box.Y, 0, 100);
    }

    /// <summary>
    /// A young person who opens the section on a phone (375 by 812 pixels) sees, without scrolling,
    /// that it is never their fault and how to reach Childline and the police.
    /// </summary>
    [Fact]
    public async Task YoungPeoplesFrontPage_OnAPhone_ShowsNeverYourFaultAndTheHelpRoutesOnTheFirstScreen()
    {
        const int phoneScreen = 812;
        var page = await site.NewPageAsync(375);
        await page.GotoAsync("/youngpeople");

        var main = page.Locator("main");
        foreach (var locator in new[]
                 {
                     main.GetByText("it is never your fault", new() { Exact = false }).First,
                     main.Locator("a[href='tel:08001111']").First,
                     main.Locator("a[href='tel:999']").First,
                 })
        {
            var box = await locator.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y + box.Height <= phoneScreen, $"{locator} ends at {box.Y + box.Height} px, below the first screen ({phoneScreen} px)");
        }
    }

    /// <summary>In the footer's two columns, each number sits on the same line as the name it belongs to (a menu option included).</summary>
    [Fact]
    public async Task Footer_AtDesktopWidth_PutsEachNumberBesideItsName()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/youngpeople");

        var rows = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('.key-contacts li')].map(li => [li.querySelector('.key-contacts__name').getBoundingClientRect().top, li.querySelector('.key-contacts__number').getBoundingClientRect().top])");

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.InRange(row[1] - row[0], -3, 3));
    }

    /// <summary>WCAG 1.4.10 Reflow: 320 CSS pixels is a 1280-pixel screen zoomed to 400%.</summary>
    [Fact]
    public async Task EveryPage_At320Pixels_NeedsNoSidewaysScrolling()
    {
        var page = await site.NewPageAsync(320);
        var wide = new List<string>();

        foreach (var path in ContentLoader.Load(RepoPaths.Content).AllPages.Select(p => p.Url).Prepend("/").Append("/search").Append("/no-such-page")
                     .Concat(KnowAboutCse.Web.Schools.SchoolsKitPaths.Pages))
        {
            await page.GotoAsync(path);
            if (!await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
            {
                wide.Add(path);
            }
        }

        Assert.Empty(wide);
    }

    [Fact]
    public async Task Keyboard_SectionNavigation_ReachesAndOpensAnotherPage()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/parents/what-is-cse");

        await KeyboardUser.TabToAsync(page, ".section-nav a[href='/parents/warning-signs']");

        // Start waiting before pressing, so a quick navigation cannot finish unseen.
        var arrived = page.WaitForURLAsync("**/parents/warning-signs");
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        Assert.Equal("Warning signs", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task Print_ContentPage_HidesExitAndNavigationButKeepsContacts()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/get-help");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".quick-exit__button").IsVisibleAsync());
        Assert.False(await page.Locator(".main-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".breadcrumbs").IsVisibleAsync());
        Assert.True(await page.Locator(".contact-card").First.IsVisibleAsync());
        Assert.True(await page.Locator(".danger-line").IsVisibleAsync());
        Assert.Contains("(https://", await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('.prose a[href^=\"http\"]'), '::after').content"), StringComparison.Ordinal);

        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "get-help-print.pdf"), Format = "A4" });
    }
}
