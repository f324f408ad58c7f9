using Microsoft.Extensions.Options;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// The same strict headers on every response: pages, error pages, static files.
/// Set in <c>OnStarting</c> so they survive the exception handler clearing the response.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SiteOptions> site)
{
    /// <summary>
    /// Nothing is allowed unless named: our own script, stylesheet and images, forms posting
    /// to this site (and to <c>Site:FormOrigin</c> only when one is set, for a static export's
    /// forms to reach the app), no frames, no plugins, no base-URL tricks. No inline script or style
    /// anywhere, so no 'unsafe-inline' and no nonces (which cached pages cannot carry).
    /// </summary>
    public static string ContentSecurityPolicy(SiteOptions site) =>
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; manifest-src 'self'; " +
        $"form-action 'self'{(site.FormOriginSource is { } origin ? " " + origin : string.Empty)}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private readonly string contentSecurityPolicy = ContentSecurityPolicy(site.Value);

    public const string PermissionsPolicy =
        "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), " +
        "magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context, contentSecurityPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Sets the headers; also called directly for stored responses, which are served ahead of this middleware.</summary>
    public static void Apply(HttpContext context, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        headers.Remove("Server");
        headers.XPoweredBy = default;
    }
}
