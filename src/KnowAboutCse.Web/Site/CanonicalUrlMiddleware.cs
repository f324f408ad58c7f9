using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// Sends <c>/Parents/</c> and <c>/parents/</c> to <c>/parents</c> with a 301, so every page
/// has one address. Only redirects to a page that exists: never an open redirect.
/// </summary>
internal sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && path.Length > 1)
        {
            var canonical = path.TrimEnd('/').ToLowerInvariant();
            if (canonical != path && context.Content().HasPath(canonical.Length == 0 ? "/" : canonical))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = (canonical.Length == 0 ? "/" : canonical) + request.QueryString;
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
