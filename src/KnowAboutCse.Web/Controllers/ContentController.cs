using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Site;
using KnowAboutCse.Web.Tools;
using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

/// <summary>Serves every Markdown page: a lookup in the in-memory store, never a file path built from the URL.</summary>
public sealed class ContentController(RequestContent content, TimeProvider clock, SubmittedForms forms) : Controller
{
    [AcceptVerbs("GET", "HEAD")]
    public IActionResult Show()
    {
        var snapshot = content.Snapshot;
        if (snapshot.FindPage(Request.Path.Value ?? "/") is not { } page)
        {
            return NotFound();
        }

        var section = snapshot.SectionOf(page);
        return page.IsSectionIndex
            ? View("SectionIndex", section)
            : View("Page", new PageViewModel(page, section, page.Tool is null ? null : ToolForms.Form(page, snapshot, clock.GetUtcNow())));
    }

    /// <summary>A tool's answers: the result is computed, shown once and forgotten.</summary>
    [HttpPost]
    [ActionName(nameof(Show))]
    public async Task<IActionResult> SubmitAsync()
    {
        var snapshot = content.Snapshot;
        if (snapshot.FindPage(Request.Path.Value ?? "/") is not { Tool: not null } page)
        {
            Response.Headers.Allow = "GET, HEAD";
            return StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var read = await forms.ReadAsync(Request);
        if (read.Form is not { } form)
        {
            return StatusCode(read.Status);
        }

        // Answers must not be kept by the browser, a proxy or a CDN.
        Response.Headers.CacheControl = "no-store";
        if (ToolForms.Result(page, snapshot, form, clock.GetUtcNow()) is not { } result)
        {
            return BadRequest();
        }

        // A record sheet with a field too long comes back as the form, filled in as sent, saying what to shorten.
        if (result is RecordSheetViewModel { Refused: true })
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Page", new PageViewModel(page, snapshot.SectionOf(page), result));
    }
}

/// <summary>A page, its section when it has one (navigation, previous/next), and its tool when it has one.</summary>
public sealed record PageViewModel(ContentPage Page, Section? Section, ToolViewModel? Tool = null);
