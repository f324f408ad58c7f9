using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Site;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowAboutCse.Web.Serving;

/// <summary>
/// Serves pages and files as stored bytes: the first GET of a path (without a query string)
/// runs the normal pipeline once and keeps the response; every later request is a lookup,
/// an encoding choice and a copy. Responses marked <c>no-store</c> or <c>private</c>, with
/// a cookie, or not 200 are passed through untouched and never kept.
/// </summary>
internal sealed class NearStaticMiddleware(RequestDelegate next, StoredResponses cache, IOptions<SiteOptions> site)
{
    private readonly string contentSecurityPolicy = SecurityHeadersMiddleware.ContentSecurityPolicy(site.Value);
    private readonly bool httpsOnly = site.Value.HttpsRedirection;

    private static readonly string[] KeptAside =
    [
        HeaderNames.ContentLength, HeaderNames.ContentType, HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.CacheControl,
        HeaderNames.AcceptRanges, HeaderNames.Vary, HeaderNames.Date, HeaderNames.TransferEncoding, HeaderNames.ContentEncoding,
    ];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if ((!isGet && !HttpMethods.IsHead(request.Method)) || (httpsOnly && !request.IsHttps))
        {
            return next(context);
        }

        if (!TryFingerprint(request.QueryString, out var version))
        {
            return next(context);
        }

        var path = request.Path.Value ?? "/";
        if (cache.TryGet(path, out var stored))
        {
            return ServeAsync(context, stored!, version);
        }

        return isGet ? RenderAndStoreAsync(context, path, version) : next(context);
    }

    /// <summary>Only a bare path, or a path with nothing but <c>?v=</c> (a fingerprinted stylesheet or script), is stored.</summary>
    private static bool TryFingerprint(QueryString query, out string? version)
    {
        version = null;
        if (!query.HasValue)
        {
            return true;
        }

        var value = query.Value!;
        if (value.StartsWith("?v=", StringComparison.Ordinal) && value.IndexOfAny(['&', '=', '%'], 3) < 0)
        {
            version = value[3..];
            return true;
        }

        return false;
    }

    private async Task RenderAndStoreAsync(HttpContext context, string path, string? version)
    {
        var snapshot = context.Content();
        var response = context.Response;
        var originalBody = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));

        // The stored copy must be the full response, whatever this visitor's browser already has.
        var requestHeaders = context.Request.Headers;
        var conditions = (requestHeaders.IfNoneMatch, requestHeaders.IfModifiedSince, requestHeaders.Range);
        requestHeaders.IfNoneMatch = requestHeaders.IfModifiedSince = requestHeaders.Range = StringValues.Empty;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(originalBody);
            (requestHeaders.IfNoneMatch, requestHeaders.IfModifiedSince, requestHeaders.Range) = conditions;
        }

        if (!IsStorable(response))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(response.Body, context.RequestAborted);
            return;
        }

        var headers = response.Headers.Where(h => !KeptAside.Contains(h.Key, StringComparer.OrdinalIgnoreCase)).ToArray();
        var stored = StoredResponse.Create(buffer.ToArray(), response.ContentType!, headers, response.Headers.CacheControl.ToString() is { Length: > 0 } own ? own : null);
        cache.Add(path, stored, snapshot);
        response.Clear();
        await ServeAsync(context, stored, version);
    }

    private static bool IsStorable(HttpResponse response)
    {
        var cacheControl = response.Headers.CacheControl.ToString();
        return response.StatusCode == StatusCodes.Status200OK
            && response.ContentType is { Length: > 0 }
            && response.Headers.SetCookie.Count == 0
            && !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase);
    }

    private Task ServeAsync(HttpContext context, StoredResponse stored, string? version)
    {
        var response = context.Response;
        SecurityHeadersMiddleware.Apply(context, contentSecurityPolicy);
        var variant = ChooseVariant(context.Request, stored);
        var headers = response.Headers;
        foreach (var (name, value) in stored.Headers)
        {
            headers[name] = value;
        }

        headers.ContentType = stored.ContentType;
        headers.ETag = variant.ETag;
        headers.CacheControl = version == stored.Fingerprint ? StoredResponse.ImmutableCaching : stored.CacheControl;
        if (stored.HasVariants)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (variant.Encoding is not null)
        {
            headers.ContentEncoding = variant.Encoding;
        }

        if (IsNotModified(context.Request, variant.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = variant.Body.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        var write = response.BodyWriter.WriteAsync(variant.Body, context.RequestAborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    /// <summary>Brotli, then gzip, then identity, as far as the browser's Accept-Encoding allows.</summary>
    private static StoredResponse.Variant ChooseVariant(HttpRequest request, StoredResponse stored)
    {
        if (!stored.HasVariants || StringValues.IsNullOrEmpty(request.Headers.AcceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return stored.Identity;
        }

        double Quality(string coding) => accepted.Where(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) || a.Value == "*")
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();

        var brotli = stored.Brotli is null ? 0 : Quality("br");
        var gzip = stored.Gzip is null ? 0 : Quality("gzip");
        return brotli > 0 && brotli >= gzip ? stored.Brotli! : gzip > 0 ? stored.Gzip! : stored.Identity;
    }

    private static bool IsNotModified(HttpRequest request, string etag) =>
        !StringValues.IsNullOrEmpty(request.Headers.IfNoneMatch)
        && EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: true));
}
