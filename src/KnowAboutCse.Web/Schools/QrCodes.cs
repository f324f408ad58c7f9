using System.Collections.Concurrent;
using KnowAboutCse.Web.Site;
using KnowAboutCse.Web.Translations;
using Microsoft.Extensions.Options;
using QRCoder;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// QR codes for the pages schools print, pointing at the configured public address
/// (<c>Site:PublicBaseUrl</c>), never at whatever host served the request. Each code is
/// drawn once per address, format and base address, then served from memory. A translated kit page's
/// code (<c>/pl/schools/qr/parents.svg</c>) opens the page in its language when that is translated.
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

    private readonly ConcurrentDictionary<(string Path, string Format, string BaseUrl), byte[]> drawn = new();

    /// <summary>The absolute address a target's code opens.</summary>
    public string UrlFor(string target) => site.Value.AbsoluteUrl(Targets[target]);

    /// <summary>
    /// The image and the address of a target's code for a page in <paramref name="language"/>: the language's version of the
    /// target page when <paramref name="hasPage"/> says it exists, else the English one.
    /// </summary>
    public (string Src, string Url) For(string target, Language language, Func<string, bool> hasPage) =>
        !language.IsEnglish && hasPage(language.PathOf(Targets[target]))
            ? (language.PathOf(ImagePath(target)), site.Value.AbsoluteUrl(language.PathOf(Targets[target])))
            : (ImagePath(target), UrlFor(target));

    /// <summary>The SVG a page shows for a target, <c>/schools/qr/parents.svg</c>.</summary>
    public static string ImagePath(string target, string format = "svg") => $"/schools/qr/{target}.{format}";

    /// <summary>The code's bytes and content type, or null for a target or format that does not exist.</summary>
    /// <param name="path">The page it opens: the target's, or that page in another language.</param>
    public (byte[] Bytes, string ContentType)? Get(string target, string format, string? path = null)
    {
        if (!Targets.TryGetValue(target, out var englishPath) || !Formats.Contains(format))
        {
            return null;
        }

        var bytes = drawn.GetOrAdd((path ?? englishPath, format, site.Value.PublicBaseUrl), key => Draw(site.Value.AbsoluteUrl(key.Path), key.Format));
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
