namespace KnowAboutCse.Web.Site;

/// <summary>The picture shown when a link to the site is shared (wwwroot/images).</summary>
public static class SiteImages
{
    public const string ShareImage = "/images/share.png";

    public const string ShareImageAlt = "Know About CSE: spot and stop child sexual exploitation in Staffordshire and Stoke-on-Trent.";
}
