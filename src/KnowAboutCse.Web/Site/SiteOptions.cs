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

    /// <summary>Redirect http to https. Off for local runs; on in production unless a proxy already does it.</summary>
    public bool HttpsRedirection { get; set; }

    /// <summary>
    /// Render each page and file once per content version and serve the stored bytes
    /// (compressed, with ETags). Off in Development, so edits to CSS and views show at once.
    /// </summary>
    public bool StoreResponses { get; set; } = true;

    /// <summary>
    /// Give memory the app no longer uses back to the system: while the process settles after
    /// start-up or a content reload, then when the heap has grown (<c>Serving/MemoryUpkeep</c>).
    /// </summary>
    public bool MemoryUpkeep { get; set; } = true;

    /// <summary>Form submissions (POSTs) allowed per client address per minute before answering 429.</summary>
    public int FormPostsPerMinute { get; set; } = 30;

    /// <summary>The largest request body accepted: the record sheet full to every limit, in the longest encoding, fits well inside.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Where forms post, for a static export only: the address of the running app that answers
    /// them. Unset (the default), every form posts to the origin that served the page, so a
    /// staging copy or a container run locally never sends a child's answers anywhere else.
    /// </summary>
    public string? FormOrigin { get; set; }

    /// <summary>The absolute public address of a root-relative path, for canonical links, QR codes, printouts and the sitemap.</summary>
    public string AbsoluteUrl(string path) => PublicBaseUrl.TrimEnd('/') + path;

    /// <summary>A form's action: the path itself, or the path at <see cref="FormOrigin"/> when one is set.</summary>
    public string FormAction(string path) => FormOrigin is { Length: > 0 } origin ? origin.TrimEnd('/') + path : path;

    /// <summary>
    /// The scheme, host and port of <see cref="FormOrigin"/>, as a Content-Security-Policy source; null when
    /// forms post to their own origin, or when the setting is not a full http(s) address (start-up refuses that).
    /// </summary>
    public string? FormOriginSource =>
        Uri.TryCreate(FormOrigin, UriKind.Absolute, out var origin) && (origin.Scheme == Uri.UriSchemeHttps || origin.Scheme == Uri.UriSchemeHttp)
            ? origin.GetLeftPart(UriPartial.Authority)
            : null;
}
