using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace KnowAboutCse.Web.Serving;

/// <summary>
/// One response rendered once and kept as bytes: the identity body, its Brotli and gzip
/// variants when they are smaller, a strong ETag per variant, and the headers to repeat.
/// </summary>
public sealed class StoredResponse
{
    /// <summary>HTML and anything else without a fingerprint: a CDN or browser may reuse it for five minutes.</summary>
    public const string ShortCaching = "public, max-age=300";

    /// <summary>For a request whose <c>?v=</c> matches the body's hash: it can never change.</summary>
    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    private static readonly HashSet<string> CompressibleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "text/css", "text/plain", "text/javascript", "application/javascript", "application/xml",
        "text/xml", "application/json", "application/manifest+json", "image/svg+xml",
    };

    private StoredResponse(byte[] body, string contentType, KeyValuePair<string, StringValues>[] headers, string? cacheControl)
    {
        Identity = new Variant(body, null, $"\"{Hash(body)}\"");
        Fingerprint = Identity.ETag[1..^1];
        ContentType = contentType;
        Headers = headers;
        CacheControl = cacheControl ?? ShortCaching;
        if (body.Length > 256 && CompressibleTypes.Contains(contentType.Split(';')[0].Trim()))
        {
            Brotli = Smaller(Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize)), "br");
            Gzip = Smaller(Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize)), "gzip");
        }
    }

    public Variant Identity { get; }

    public Variant? Brotli { get; }

    public Variant? Gzip { get; }

    /// <summary>The body's SHA-256 in base64url: the same value <c>asp-append-version</c> puts in <c>?v=</c>.</summary>
    public string Fingerprint { get; }

    public string ContentType { get; }

    /// <summary>The response's own Cache-Control, or <see cref="ShortCaching"/>.</summary>
    public string CacheControl { get; }

    /// <summary>Other headers the app set, such as Content-Disposition on a download.</summary>
    public IReadOnlyList<KeyValuePair<string, StringValues>> Headers { get; }

    public bool HasVariants => Brotli is not null || Gzip is not null;

    public static StoredResponse Create(byte[] body, string contentType, KeyValuePair<string, StringValues>[] headers, string? cacheControl) =>
        new(body, contentType, headers, cacheControl);

    private static string Hash(byte[] body) => WebEncoders.Base64UrlEncode(SHA256.HashData(body));

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    private Variant? Smaller(byte[] compressed, string encoding) =>
        compressed.Length < Identity.Body.Length ? new Variant(compressed, encoding, $"\"{Fingerprint}-{encoding}\"") : null;

    /// <summary>One encoding of the body, with its own strong ETag.</summary>
    public sealed record Variant(byte[] Body, string? Encoding, string ETag);
}
