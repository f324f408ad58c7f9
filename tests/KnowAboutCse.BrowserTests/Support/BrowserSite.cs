using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(KnowAboutCse.Tests.Support.BrowserSite))]

namespace KnowAboutCse.Tests.Support;

/// <summary>
/// The real app on a real Kestrel socket (127.0.0.1, a free port) and Debian's Chromium
/// driven by Playwright. Without Chromium the tests skip with the install command, unless
/// <c>KNOWABOUTCSE_REQUIRE_BROWSER=1</c>, when they fail instead.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>
    /// Browser tests run one at a time: the quick-exit tests time key presses (three within
    /// five seconds), which a machine busy with axe in a second browser tab can miss.
    /// </summary>
    public const string Collection = "browser";

    public const string ChromiumPath = "/usr/bin/chromium";
    public const string InstallHint = "Chromium is not installed: run 'apt-get install -y chromium' (as root) to run the browser tests.";

    private readonly Factory factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? lastContext;

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("KNOWABOUTCSE_REQUIRE_BROWSER") == "1";

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where each run writes its screenshots (<c>KNOWABOUTCSE_SCREENSHOTS</c>, else <c>artifacts/screenshots</c>).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("KNOWABOUTCSE_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepoPaths.Root, "artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (BrowserRequired)
            {
                throw new InvalidOperationException(InstallHint + " KNOWABOUTCSE_REQUIRE_BROWSER=1 is set, so this is a failure.");
            }

            return;
        }

        // Forms post where the page came from; printed addresses and QR codes show the production
        // address, as a school printing the kit sees them.
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        factory.UseKestrel(port);
        factory.StartServer();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // Running as root in CI needs --no-sandbox; the rest stop Chromium calling home on a closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps",
            ],
        });
    }

    /// <summary>
    /// A fresh, cookie-less browser tab at the given width. Tests run one at a time, so the
    /// previous test's tab is closed here rather than left to pile up in the browser.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width, bool javaScript = true)
    {
        if (browser is null)
        {
            Assert.Skip(InstallHint);
        }

        if (lastContext is not null)
        {
            await lastContext.CloseAsync();
        }

        var context = lastContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Collects what a visitor should never cause: a request to another site, a console error
    /// or an uncaught script error. <paramref name="expectedError"/> excuses a known console message.
    /// </summary>
    public List<string> WatchForProblems(IPage page, Func<string, bool>? expectedError = null)
    {
        var problems = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(BaseUrl, StringComparison.Ordinal))
            {
                problems.Add("off-site request: " + request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && expectedError?.Invoke(message.Text) != true)
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", RepoPaths.Content);
        }
    }
}
