namespace KnowAboutCse.Web.Site;

/// <summary>Site-wide settings: public address, quick-exit target and log format.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section: <c>Site</c> (environment variables <c>Site__PublicBaseUrl</c> and so on).</summary>
    public const string SectionName = "Site";

    /// <summary>The public origin used for canonical links, without a trailing slash.</summary>
    public string PublicBaseUrl { get; set; } = "https://www.knowaboutcse.co.uk";

    /// <summary>Where the quick-exit control sends the visitor: a neutral site.</summary>
    public string ExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary><c>plain</c> for readable console lines, <c>json</c> for compact JSON (one event a line).</summary>
    public string LogFormat { get; set; } = "plain";
}
