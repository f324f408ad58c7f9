using System.Net;
using System.Text;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using Serilog.Events;

namespace KnowAboutCse.Tests.Web;

/// <summary>
/// Every form is read one way (<c>SubmittedForms</c>): only the encoding the site's forms send,
/// and every body it cannot read is a clear 4xx, logged as one warning line without a stack
/// trace. Then a seeded barrage of broken requests, none of which may get a 5xx.
/// </summary>
public sealed class FormInputTests(FormInputTests.UnlimitedSite site, KestrelSite kestrel) : IClassFixture<KestrelSite>, IClassFixture<FormInputTests.UnlimitedSite>
{
    /// <summary>The site with the form rate limit out of the way: these tests send thousands of POSTs from one client.</summary>
    public sealed class UnlimitedSite() : SiteFactory(RepoPaths.Content, new() { ["Site:FormPostsPerMinute"] = "1000000" });

    /// <summary>Every address that takes a POST: the three tools and search.</summary>
    public static TheoryData<string> PostEndpoints() => [.. PostPaths()];

    private static IEnumerable<string> PostPaths() =>
        ContentLoader.Load(RepoPaths.Content).AllPages.Where(p => p.Tool is not null).Select(p => p.Url).Append("/search");

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(PostEndpoints))]
    public async Task Post_MultipartWithRandomBytes_Is415NotAServerError(string path)
    {
        using var client = site.CreatePlainClient();
        using var body = new ByteArrayContent(RandomBytes(path.Length, 4096));
        body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");

        var response = await client.PostAsync(path, body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData("multipart/form-data")]
    [InlineData("not a type")]
    public async Task Post_AnyEncodingButTheFormsOwn_Is415(string contentType)
    {
        using var client = site.CreatePlainClient();
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("sign=going-missing"));
        body.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/parents/warning-signs-checklist", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_TheFormsOwnEncodingWithACharset_IsRead()
    {
        using var client = site.CreatePlainClient();
        using var body = new StringContent("sign=going-missing", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/parents/warning-signs-checklist", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413LoggedAsOneWarningWithoutAStackTrace()
    {
        var before = kestrel.Logs.Events.Count;
        var request = "POST /youngpeople/relationship-check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" +
                      $"Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n{new string('a', 65_536)}\r\n0\r\n\r\n";

        var (status, _) = await kestrel.SendRawAsync(Encoding.Latin1.GetBytes(request), TestContext.Current.CancellationToken);

        Assert.Equal(413, status);
        var events = kestrel.Logs.Events.Skip(before).ToList();
        Assert.Single(events, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Form to", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Exception is not null || e.Level >= LogEventLevel.Error);
    }

    [Theory]
    [InlineData("POST", "/parents")]
    [InlineData("POST", "/parents/warning-signs")]
    [InlineData("PUT", "/parents/warning-signs-checklist")]
    [InlineData("DELETE", "/youngpeople")]
    [InlineData("PATCH", "/search")]
    public async Task MethodNotAllowed_SaysWhichMethodsAre(string method, string path)
    {
        using var client = site.CreatePlainClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        if (response.StatusCode == HttpStatusCode.MethodNotAllowed)
        {
            Assert.NotEmpty(response.Content.Headers.Allow);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>
    /// Thousands of requests, the same ones every run (seeded): odd methods, encoded and
    /// climbing paths, broken and contradictory headers, and random bodies in every content
    /// type to every POST endpoint. Any 5xx fails, with the request that caused it.
    /// </summary>
    [Fact]
    public async Task Barrage_OfBrokenRequests_NeverGetsAServerError()
    {
        const int seed = 20261202;
        const int requests = 3000;
        var random = new Random(seed);
        string[] methods = ["GET", "HEAD", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW", "PROPFIND"];
        string[] paths =
        [
            .. PostPaths(), "/", "/parents", "/youngpeople/sharing-images", "/get-help", "/schools/letter",
            "/schools/poster/parents", "/schools/newsletter.txt", "/schools/qr/parents.svg", "/sitemap.xml", "/robots.txt", "/css/site.css",
            "/error/500", "/error/abc", "/%2e%2e/appsettings.json", "/parents/%2e%2e/%2e%2e/etc/passwd", "/PARENTS/", "/parents//warning-signs",
            "/search?q=x", "/schools/letter?school=%ff%fe&date=2026-13-45", "/parents/warning-signs-checklist?sign=x", "/%e2%80%ae", "/no-such-page",
        ];
        string?[] contentTypes =
        [
            "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8", "application/x-www-form-urlencoded; charset=nonsense",
            "multipart/form-data; boundary=x", "multipart/form-data", "multipart/form-data; boundary=", "text/plain", "application/json",
            "application/octet-stream", ";;;", "application/x-www-form-urlencoded; boundary=\"", null,
        ];
        string[] formBodies = ["q=", "q=%", "q=%%00", "sign=going-missing&sign=", "q-threats=yes&q-threats=no", "=&=&=", "a=" + new string('%', 300), "where=staffordshire&who=child"];
        (string Name, string Value)[] headers =
        [
            ("Accept-Encoding", "br;q=abc, gzip;q=2, *;q=-1"), ("If-None-Match", "\"broken"), ("If-Modified-Since", "yesterday"), ("Range", "bytes=9-3,-"),
            ("Accept", "*/*;q=x"), ("Cookie", "a=b; ;;"), ("X-Forwarded-Proto", "gopher"), ("Content-Encoding", "gzip"), ("Accept-Language", "\u00e9"),
        ];

        using var client = site.CreatePlainClient();
        var failures = new List<string>();
        var statuses = new HashSet<int>();
        for (var i = 0; i < requests && failures.Count < 5; i++)
        {
            var method = methods[random.Next(methods.Length)];
            var path = paths[random.Next(paths.Length)];
            using var message = new HttpRequestMessage(new HttpMethod(method), path);
            var contentType = contentTypes[random.Next(contentTypes.Length)];
            if (method is not ("GET" or "HEAD"))
            {
                var bytes = random.Next(3) == 0
                    ? Encoding.UTF8.GetBytes(formBodies[random.Next(formBodies.Length)])
                    : RandomBytes(random.Next(), random.Next(0, 8192));
                message.Content = new ByteArrayContent(bytes);
                if (contentType is not null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
            }

            for (var h = random.Next(3); h > 0; h--)
            {
                var (name, value) = headers[random.Next(headers.Length)];
                if (!message.Headers.TryAddWithoutValidation(name, value))
                {
                    message.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
            statuses.Add((int)response.StatusCode);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"#{i}: {method} {path} ({contentType ?? "no type"}) → {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"seed {seed}: " + string.Join("; ", failures));
        Assert.Subset(statuses, new HashSet<int> { 200, 400, 404, 405, 415 }); // the requests reached the forms, not only the rate limit
        Assert.DoesNotContain(429, statuses);
    }
}
