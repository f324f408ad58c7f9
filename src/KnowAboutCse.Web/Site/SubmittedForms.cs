using Microsoft.Net.Http.Headers;

namespace KnowAboutCse.Web.Site;

/// <summary>A form as read, or the status that says why it could not be: 415, 413 or 400.</summary>
public sealed record FormRead(IFormCollection? Form, int Status);

/// <summary>
/// The one way the site reads a POSTed form. The site's forms send only
/// <c>application/x-www-form-urlencoded</c>, so anything else is refused with 415 before a byte
/// is read; a body the reader refuses (too long, broken, cut off) is a 413 or 400, never a 500.
/// Each refusal is logged as one warning line naming the path and the reason's kind: never a
/// stack trace, a header or a byte of what was sent.
/// </summary>
public sealed partial class SubmittedForms(ILogger<SubmittedForms> logger)
{
    public async Task<FormRead> ReadAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            LogRefused(logger, request.Path, "not a form the site sends", StatusCodes.Status415UnsupportedMediaType);
            return new FormRead(null, StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return new FormRead(await request.ReadFormAsync(request.HttpContext.RequestAborted), StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals while reading: 413 for a body over the limit, 400 for a broken one.
            LogRefused(logger, request.Path, "the server refused the body", e.StatusCode);
            return new FormRead(null, e.StatusCode);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or OperationCanceledException)
        {
            LogRefused(logger, request.Path, e.GetType().Name, StatusCodes.Status400BadRequest);
            return new FormRead(null, StatusCodes.Status400BadRequest);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Form to {Path} not read ({Reason}): answered {Status}")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason, int status);
}
