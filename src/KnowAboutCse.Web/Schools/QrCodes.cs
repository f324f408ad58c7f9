using System.Collections.Concurrent;
using KnowAboutCse.Web.Site;
using Microsoft.Extensions.Options;
using QRCoder;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// QR codes for the pages schools print, pointing at the configured public address
/// (<c>Site:PublicBaseUrl</c>), never at whatever host served the request. Each code is
/// drawn once per target, format and base address, then served from memory.
/// </summary>
public sealed class QrCodes(IOptions<SiteOptions> site)
{
    /// <summary>The only codes there are: a name in the URL, and the page it opens.</summary>
    public static readonly IReadOnlyDictionary<string, string> Targets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["parents"] = "/parents",
        ["youngpeople"] = "/youngpeople",
        ["get-help"] = "/get-help",
        ["at-work"] = "/spotting-exploitation-at-work",
    };

    public static readonly IReadOnlyList<string> Formats = ["svg", "png"];

    private readonly ConcurrentDictionary<(string Target, string Format, string BaseUrl), byte[]> drawn = new();

    /// <summary>The absolute address a target's code opens.</summary>
    public string UrlFor(string target) => site.Value.AbsoluteUrl(Targets[target]);

    /// <summary>The code's bytes and content type, or null for a target or format that does not exist.</summary>
    public (byte[] Bytes, string ContentType)? Get(string target, string format)
    {
        if (!Targets.ContainsKey(target) || !Formats.Contains(format))
        {
            return null;
        }

        var bytes = drawn.GetOrAdd((target, format, site.Value.PublicBaseUrl), key => Draw(UrlFor(key.Target), key.Format));
        return (bytes, format == "svg" ? "image/svg+xml" : "image/png");
    }

    private static byte[] Draw(string url, string format)
    {
        // Level Q survives a scuffed or folded noticeboard copy and still fits these short addresses in a small code.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return format == "svg"
            ? System.Text.Encoding.UTF8.GetBytes(new SvgQRCode(data).GetGraphic(8))
            : new PngByteQRCode(data).GetGraphic(12);
    }
}
