using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace KnowAboutCse.Tests.Support;

/// <summary>
/// The real app on TestServer, in Production mode, reading the real content folder
/// (or a test's own), with every log event captured in <see cref="Logs"/>.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string contentPath;
    private readonly Dictionary<string, string?> settings;

    public SiteFactory()
        : this(RepoPaths.Content)
    {
    }

    public SiteFactory(string contentPath, Dictionary<string, string?>? settings = null)
    {
        this.contentPath = contentPath;
        this.settings = settings ?? [];
    }

    public CollectingSink Logs { get; } = new();

    /// <summary>A client that does not follow redirects, so tests see the 301s themselves.</summary>
    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string path)
    {
        using var client = CreatePlainClient();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(html));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}
