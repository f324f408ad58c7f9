using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// Limits form submissions (every POST; pages are only ever read with GET) per client
/// address, answering 429 with Retry-After rather than the framework's default 503.
/// The address is a key in memory for one minute; it is never logged or stored.
/// </summary>
internal static class FormRateLimiting
{
    public static IServiceCollection AddFormRateLimiting(this IServiceCollection services, int postsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "post " + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
        });
}
