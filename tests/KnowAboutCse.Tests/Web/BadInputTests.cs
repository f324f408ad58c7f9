using System.Text;
using KnowAboutCse.Tests.Support;

namespace KnowAboutCse.Tests.Web;

/// <summary>
/// Hostile and broken requests: each must get a 4xx (or a harmless page), never a 5xx,
/// a stack trace, or any byte of a file outside the content store.
/// </summary>
public sealed class BadInputTests(SharedSite site, KestrelSite kestrel) : IClassFixture<KestrelSite>
{
    /// <summary>Text that only appears inside files a visitor must never get.</summary>
    private static readonly string[] LeakMarkers =
    [
        "MinimumLevel",          // appsettings.json
        "root:x:0:0",            // /etc/passwd
        "out_of_hours:",         // content/data/contacts.yml
        "reviewed: 2026",        // raw Markdown front matter
        "partial class Program", // source
        "   at ",                // a stack trace
        "Exception",
    ];

    private static readonly int[] Depths = [1, 3];

    private static readonly int[] RefusedMethodStatuses = [404, 405];

    private static readonly string[] Prefixes = ["", "/css", "/js", "/parents", "/error"];

    private static readonly string[] Climbs =
    [
        "..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "..%2f..", "..%5c..", "%2e%2e%2f%2e%2e",
        "..\\..", "%c0%ae%c0%ae", "..%00", "..;", "....//....",
    ];

    private static readonly string[] Targets =
    [
        "appsettings.json", "KnowAboutCse.Web.dll", "etc/passwd", "content/data/contacts.yml", "data/contacts.yml",
        "parents/warning-signs.md",
    ];

    /// <summary>Every prefix × climb × target, climbing one and three levels: well over two hundred paths.</summary>
    public static IEnumerable<string> TraversalPaths() =>
        from prefix in Prefixes
        from climb in Climbs
        from target in Targets
        from depth in Depths
        select prefix + string.Concat(Enumerable.Repeat("/" + climb, depth)) + "/" + target;

    /// <summary>Requests only a raw socket can send: Kestrel's own parser must refuse them cleanly.</summary>
    public static TheoryData<string, string> MalformedRequests() => new()
    {
        { "bad percent-encoding", "GET /parents%zz HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "truncated percent-encoding", "GET /parents% HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "encoded NUL", "GET /parents%00 HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "invalid UTF-8 encoded", "GET /%c3%28 HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "overlong UTF-8 slash", "GET /css/%c0%af..%c0%afappsettings.json HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "raw invalid UTF-8", "GET /\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "raw traversal", "GET /../appsettings.json HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "raw backslash traversal", "GET /css/..\\..\\appsettings.json HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "absolute-form target", "GET http://127.0.0.1/../appsettings.json HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "asterisk target", "GET * HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "no host", "GET /parents HTTP/1.1\r\n\r\n" },
        { "two hosts", "GET /parents HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n" },
        { "garbage request line", "HELLO\r\n\r\n" },
        { "space in target", "GET /par ents HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "header without colon", "GET /parents HTTP/1.1\r\nHost: x\r\nBroken header\r\n\r\n" },
        { "header with NUL", "GET /parents HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n" },
        { "URL of 20,000 characters", $"GET /{new string('a', 20_000)} HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "header of 40,000 characters", $"GET /parents HTTP/1.1\r\nHost: x\r\nX-Big: {new string('b', 40_000)}\r\n\r\n" },
        { "body over the limit", $"POST /parents HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n{new string('a', 70_000)}" },
        { "body over the limit to a tool", $"POST /youngpeople/relationship-check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n{new string('a', 70_000)}" },
        { "chunked body over the limit to a tool", $"POST /youngpeople/relationship-check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n{new string('a', 65_536)}\r\n10000\r\n{new string('a', 65_536)}\r\n0\r\n\r\n" },
        { "body over the limit to search", $"POST /search HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\nq={new string('a', 70_000)}" },
        { "malformed form body to search", "POST /search HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\nq=%%%00" },
        { "malformed form body to a tool", "POST /youngpeople/relationship-check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 12\r\n\r\nq-threats=%%" },
        { "multipart without boundary to a tool", "POST /parents/warning-signs-checklist HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data\r\nContent-Length: 5\r\n\r\nhello" },
        { "bad chunked body", "POST /parents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nhello\r\n0\r\n\r\n" },
        { "length and chunked together", "POST /parents HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" },
        { "negative length", "POST /parents HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n" },
        { "malformed form body", "POST /parents HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\n%%%=&&=%z" },
        { "TRACE", "TRACE /parents HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "OPTIONS", "OPTIONS /parents HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "CONNECT", "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "unknown method", "BREW /parents HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "DELETE", "DELETE /parents HTTP/1.1\r\nHost: x\r\n\r\n" },
    };

    [Fact]
    public void TraversalTable_HasOverTwoHundredRequests() => Assert.True(TraversalPaths().Count() > 200);

    [Fact]
    public async Task Traversal_ThroughTestServer_NeverLeaksAFileOrFails()
    {
        using var client = site.CreatePlainClient();
        var failures = new List<string>();

        // TestServer's own client refuses to build a path with an encoded NUL; the socket test sends those.
        foreach (var path in TraversalPaths().Where(p => !p.Contains("%00", StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + path, UriKind.Absolute));
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if ((int)response.StatusCode >= 500 || LeakMarkers.Any(m => body.Contains(m, StringComparison.Ordinal)))
            {
                failures.Add($"{path} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Traversal_ThroughARealSocket_NeverLeaksAFileOrFails()
    {
        var failures = new List<string>();

        foreach (var path in TraversalPaths())
        {
            var (status, text) = await kestrel.SendRawAsync(Encoding.Latin1.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
            if (status is 0 or >= 500 || LeakMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)))
            {
                failures.Add($"{path} → {status}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task Malformed_ThroughARealSocket_Gets4xxWithoutLeaks(string name, string request)
    {
        var bytes = Encoding.Latin1.GetBytes(request.Replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n", StringComparison.Ordinal));

        var (status, text) = await kestrel.SendRawAsync(bytes, TestContext.Current.CancellationToken);

        Assert.True(status is >= 400 and < 500, $"{name}: status {status}");
        Assert.DoesNotContain(LeakMarkers, m => text.Contains(m, StringComparison.Ordinal));
    }

    /// <summary>
    /// The one 5xx we cannot change: Kestrel itself answers an unknown HTTP version with
    /// 505 before the app sees the request. It carries no body and nothing leaks; behind
    /// a reverse proxy, the proxy answers such requests first.
    /// </summary>
    [Fact]
    public async Task UnknownHttpVersion_GetsKestrels505WithNothingInIt()
    {
        var (status, text) = await kestrel.SendRawAsync(Encoding.Latin1.GetBytes("GET /parents HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);

        Assert.Equal(505, status);
        Assert.EndsWith("\r\n\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 0", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("BREW")]
    public async Task OddMethod_OnAPage_Is405Or404(string method)
    {
        using var client = site.CreatePlainClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/parents"), TestContext.Current.CancellationToken);

        Assert.Contains((int)response.StatusCode, RefusedMethodStatuses);
    }
}
