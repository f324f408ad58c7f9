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

    /// <summary>Posts a form as a browser does (urlencoded), following no redirects.</summary>
    public Task<(HttpResponseMessage Response, IHtmlDocument Document, string Html)> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        PostFormAsync(this, path, fields);

    /// <inheritdoc cref="PostFormAsync(string, IEnumerable{KeyValuePair{string, string}})"/>
    /// <param name="app">This factory, or one derived from it (a fake clock, say).</param>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document, string Html)> PostFormAsync(
        WebApplicationFactory<Program> app, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(html), html);
    }

    /// <summary>A tool's answer must not be kept by the browser, a proxy or a CDN, nor set a cookie.</summary>
    public static void AssertPrivate(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.NoStore, "what was sent must not be kept by a browser or proxy");
        Assert.False(response.Headers.Contains("Set-Cookie"));
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
