using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KnowAboutCse.Tests.Support;

namespace KnowAboutCse.Tests.Serving;

/// <summary>
/// What a browser, a proxy or a CDN sees of the stored responses: validators, encodings
/// and how long each kind of response may be kept.
/// </summary>
public sealed partial class ServingTests(SharedSite site)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/parents")]
    [InlineData("/youngpeople/online-safety")]
    [InlineData("/css/site.css")]
    public async Task RepeatVisit_WithTheETag_Gets304AndNoBody(string path)
    {
        using var client = site.CreatePlainClient();
        var first = await client.GetAsync(path, Cancel);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task StoredResponses_CarryTheSecurityHeaders_On200And304()
    {
        using var client = site.CreatePlainClient();
        _ = await client.GetAsync("/parents/what-is-cse", Cancel);
        var stored = await client.GetAsync("/parents/what-is-cse", Cancel);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/parents/what-is-cse");
        again.Headers.IfNoneMatch.Add(stored.Headers.ETag!);
        var notModified = await client.SendAsync(again, Cancel);

        foreach (var response in new[] { stored, notModified })
        {
            Assert.Equal(KnowAboutCse.Web.Site.SecurityHeadersMiddleware.ContentSecurityPolicy(new()), response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task OtherETag_GetsTheFullPage()
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/parents");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-version\""));

        var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0.5, br;q=0.2", "gzip")]
    [InlineData("deflate", null)]
    [InlineData("", null)]
    public async Task AcceptEncoding_ChoosesTheEncoding_AndEveryEncodingHoldsTheSameBytes(string acceptEncoding, string? expected)
    {
        foreach (var path in new[] { "/parents/warning-signs", "/css/site.css", "/js/quick-exit.js" })
        {
            var plain = await GetBytesAsync(path, "");
            using var client = site.CreatePlainClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

            var response = await client.SendAsync(request, Cancel);
            var body = await response.Content.ReadAsByteArrayAsync(Cancel);

            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(plain, Decode(body, expected));
            if (expected is not null)
            {
                Assert.True(body.Length < plain.Length / 2, $"{path} in {expected}: {body.Length} of {plain.Length} bytes");
                Assert.NotEqual(response.Headers.ETag, (await client.GetAsync(path, Cancel)).Headers.ETag);
            }
        }
    }

    [Fact]
    public async Task Html_MayBeKeptFiveMinutes_ByBrowsersAndCdns()
    {
        using var client = site.CreatePlainClient();
        foreach (var path in new[] { "/", "/parents", "/get-help/who-to-contact", "/privacy" })
        {
            var response = await client.GetAsync(path, Cancel);
            Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task FingerprintedAssets_AreImmutable_ButAStaleFingerprintIsNot()
    {
        using var client = site.CreatePlainClient();
        var html = await client.GetStringAsync("/parents", Cancel);
        var assets = AssetLink().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(3, assets.Count);

        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());

            var stale = await client.GetAsync(asset.Split('?')[0] + "?v=older", Cancel);
            Assert.Equal("public, max-age=300", stale.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task ToolResults_ErrorPagesAndHealth_AreNeverStored()
    {
        using var client = site.CreatePlainClient();
        using var answers = new FormUrlEncodedContent([new("sign", "secretive")]);

        var result = await client.PostAsync("/parents/warning-signs-checklist", answers, Cancel);
        var missing = await client.GetAsync("/no-such-page", Cancel);
        var health = await client.GetAsync("/healthz", Cancel);

        Assert.True(result.Headers.CacheControl?.NoStore, "tool result");
        Assert.Null(result.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.False(missing.Headers.CacheControl?.Public ?? false);
        Assert.True(health.Headers.CacheControl?.NoStore, "health");
    }

    [Fact]
    public async Task Head_GetsTheHeadersOfGet_WithoutABody()
    {
        using var client = site.CreatePlainClient();
        var get = await client.GetAsync("/parents/what-to-do", Cancel);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/parents/what-to-do"), Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task ContentReload_ChangesThePageAndItsETag()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path, new() { ["Content:Watch"] = "true" });
        using var client = factory.CreatePlainClient();
        var before = await client.GetAsync("/parents/first", Cancel);
        var oldTag = before.Headers.ETag!;

        folder.Write("parents/first.md", TinySite.Page("First page", 1, "A sentence that was not there before."));

        HttpResponseMessage after;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            await Task.Delay(100, Cancel);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/parents/first");
            request.Headers.IfNoneMatch.Add(oldTag);
            after = await client.SendAsync(request, Cancel);
        }
        while (after.StatusCode == HttpStatusCode.NotModified && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag);
        Assert.Contains("A sentence that was not there before.", await after.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private async Task<byte[]> GetBytesAsync(string path, string acceptEncoding)
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await (await client.SendAsync(request, Cancel)).Content.ReadAsByteArrayAsync(Cancel);
    }

    [GeneratedRegex("""(?:href|src)="(?<url>/(?:css|js)/[^"]+\?v=[^"]+)""")]
    private static partial Regex AssetLink();
}
