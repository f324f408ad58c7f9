namespace KnowAboutCse.Web.Content.Markdown;

public enum LinkKind
{
    /// <summary>A path on this site (<c>/parents</c>), checked against the pages that exist.</summary>
    SitePath,

    /// <summary>An in-page anchor or an http(s), mailto or tel address.</summary>
    Allowed,

    /// <summary>Anything else: <c>javascript:</c>, <c>data:</c>, protocol-relative, relative paths, empty.</summary>
    Refused,
}

/// <summary>Which link targets content may use. An allow-list: whatever is not named is refused.</summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static LinkKind Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return LinkKind.Refused;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
        {
            return LinkKind.SitePath;
        }

        if (url.StartsWith('#'))
        {
            return LinkKind.Allowed;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme) && !url.Contains('\\')
            ? LinkKind.Allowed
            : LinkKind.Refused;
    }

    /// <summary>The path of a site link, without its query or fragment.</summary>
    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }
}
