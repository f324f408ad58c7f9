using System.Net;
using KnowAboutCse.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowAboutCse.Tests.Web;

public sealed class SecurityHeaderTests
{
    private const string ThrowHeader = "X-Test-Throw";

    public static TheoryData<string, string, int> EveryKindOfResponse() => new()
    {
        { "GET", "/", 200 },
        { "GET", "/parents", 200 },
        { "GET", "/parents/warning-signs", 200 },
        { "GET", "/get-help", 200 },
        { "HEAD", "/youngpeople", 200 },
        { "GET", "/no-such-page", 404 },
        { "GET", "/css/site.css", 200 },
        { "GET", "/js/quick-exit.js", 200 },
        { "GET", "/healthz", 200 },
        { "GET", "/Parents/", 301 },
        { "POST", "/parents", 405 },
        { "GET", "/error/500", 404 }, // the error page typed by hand is not a page
        { "THROW", "/parents", 500 },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task Response_OfEveryKind_CarriesTheStrictHeadersAndNoCookie(string method, string path, int status)
    {
        await using var factory = new SiteFactory();
        using var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new ThrowWhenAskedFilter())))).CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method == "THROW" ? "GET" : method), path);
        if (method == "THROW")
        {
            request.Headers.Add(ThrowHeader, "1");
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(KnowAboutCse.Web.Site.SecurityHeadersMiddleware.ContentSecurityPolicy(new()), Header(response, "Content-Security-Policy"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("microphone=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Resource-Policy"));
        Assert.Null(Header(response, "Strict-Transport-Security"));
        Assert.Null(Header(response, "Set-Cookie"));
        Assert.Null(Header(response, "Server"));
        Assert.Null(Header(response, "X-Powered-By"));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowWhenAsked", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentSecurityPolicy_IsTight()
    {
        var csp = KnowAboutCse.Web.Site.SecurityHeadersMiddleware.ContentSecurityPolicy(new() { PublicBaseUrl = "https://example.org/" });

        foreach (var directive in new[] { "default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self';", "object-src 'none'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        // Forms may post to another origin only when an export names the app that answers them.
        var exported = KnowAboutCse.Web.Site.SecurityHeadersMiddleware.ContentSecurityPolicy(new() { FormOrigin = "https://app.example.org/" });
        Assert.Contains("form-action 'self' https://app.example.org;", exported, StringComparison.Ordinal);

        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/parents/what-to-do")]
    [InlineData("/no-such-page")]
    [InlineData("/ur/get-help")]
    public async Task Html_HasNoInlineScriptOrStyleAndNothingFromElsewhere(string path)
    {
        await using var factory = new SiteFactory();
        var (_, document) = await factory.GetPageAsync(path);

        Assert.All(document.Scripts, s => Assert.StartsWith("/js/", s.Source, StringComparison.Ordinal));
        Assert.Empty(document.QuerySelectorAll("style, [style], [onclick], [onload], iframe, object, embed, img[src^='http']"));
        // The canonical address and the other languages' addresses (hreflang) must be absolute, and on this site's own address.
        var site = new Uri(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "https://www.knowaboutcse.co.uk/").GetLeftPart(UriPartial.Authority);
        Assert.All(document.QuerySelectorAll("link[href]"), l =>
            Assert.True(l.GetAttribute("rel") is "canonical" or "alternate" ? l.GetAttribute("href")!.StartsWith(site + "/", StringComparison.Ordinal) : l.GetAttribute("href")!.StartsWith('/'), l.OuterHtml));
    }

    [Fact]
    public async Task Https_SendsHsts()
    {
        await using var factory = new SiteFactory();
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/parents", TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task BehindTlsProxy_WithForwardedHeadersEnabled_SeesHttpsAndKeepsRedirectsOnIt()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["FORWARDEDHEADERS_ENABLED"] = "true", ["Site:HttpsRedirection"] = "true", ["https_port"] = "443" });
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Parents");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/parents", response.Headers.Location!.OriginalString);
        Assert.NotNull(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsRedirection_WhenOn_SendsPlainHttpToHttps()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:HttpsRedirection"] = "true", ["https_port"] = "443" });
        using var client = factory.CreatePlainClient();

        var response = await client.GetAsync("/parents", TestContext.Current.CancellationToken);

        Assert.Equal("https://localhost/parents", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HttpsRedirection_ByDefault_IsOffForLocalRuns()
    {
        await using var factory = new SiteFactory();
        using var client = factory.CreatePlainClient();

        var response = await client.GetAsync("/parents", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FormPosts_OverTheLimit_Get429WithRetryAfterAndAFriendlyPage()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:FormPostsPerMinute"] = "3" });
        using var client = factory.CreatePlainClient();
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/parents", new StringContent("a=1"), ct)).StatusCode);
        }

        var limited = await client.PostAsync("/parents", new StringContent("a=1"), ct);
        var (_, page) = await factory.GetPageAsync("/parents");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), provider: null), 1, 60);
        Assert.Contains("In immediate danger?", await limited.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal("For parents and carers", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Healthz_Answers200WithoutVersionOrEnvironment()
    {
        await using var factory = new SiteFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    /// <summary>Makes an action throw, to prove a real exception renders the friendly error page.</summary>
    private sealed class ThrowWhenAskedFilter : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            // Not on the error page itself, which the exception handler re-executes with the same headers.
            if (context.HttpContext.Request.Headers.ContainsKey(ThrowHeader) && context.Controller is not KnowAboutCse.Web.Controllers.ErrorController)
            {
                throw new InvalidOperationException("ThrowWhenAsked: a deliberate failure");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
