namespace KnowAboutCse.Web.Site;

/// <summary>The site's own images in wwwroot: icons and the picture shown when a link is shared.</summary>
public static class SiteImages
{
    public const string ShareImage = "/images/share.png";

    public const string ShareImageAlt = "Know About CSE: spot and stop child sexual exploitation in Staffordshire and Stoke-on-Trent.";

    /// <summary>Every icon and image file, for the static export.</summary>
    public static readonly string[] Files =
    [
        "/favicon.ico", "/icons/icon.svg", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/apple-touch-icon.png", ShareImage,
    ];
}
