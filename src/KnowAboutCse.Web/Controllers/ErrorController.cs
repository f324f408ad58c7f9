using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

/// <summary>Friendly error pages in the full layout, so help contacts show even when something fails.</summary>
[Route("error")]
public sealed class ErrorController : Controller
{
    [Route("{code:int}")]
    // From the route only: a re-executed POST still carries its form, which must not choose the code.
    public IActionResult Status([FromRoute] int code)
    {
        // Only real error codes; /error/200 typed by hand is simply not a page.
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View(status == StatusCodes.Status404NotFound ? "NotFound" : "Error", status);
    }
}
