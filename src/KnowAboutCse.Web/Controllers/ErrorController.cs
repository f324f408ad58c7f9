using KnowAboutCse.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

/// <summary>Friendly error pages in the full layout, so help contacts show even when something fails.</summary>
[Route("error")]
public sealed class ErrorController(RequestContent content) : Controller
{
    /// <summary>The ViewData key of the language the error page is written in: the language of the address that failed.</summary>
    public const string LanguageKey = "ErrorLanguage";

    // The code is read from the route by hand, with no parameter to bind: binding would read a
    // re-executed POST's form, and a form the reader refuses made the code 0, so such a 400 showed as a 404.
    [Route("{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

        // A request the server refused while it was being read (a body over the limit) is the sender's mistake, not ours.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is BadHttpRequestException refused)
        {
            code = refused.StatusCode;
        }

        // Only real error codes, and only for a request the site refused or failed: /error/500 or
        // /error/200 typed by hand is simply not a page (a visitor never gets a 5xx by asking for one).
        var reached = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        var status = reached && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;

        // /pl/no-such-page gets the Polish page: the first segment of the address that failed, when it is a language.
        var failed = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? string.Empty;
        ViewData[LanguageKey] = content.Snapshot.Languages.Find(failed.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())?.Code;
        return View(status == StatusCodes.Status404NotFound ? "NotFound" : "Error", status);
    }
}
