using KnowAboutCse.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

/// <summary>Serves every Markdown page: a lookup in the in-memory store, never a file path built from the URL.</summary>
public sealed class ContentController(ContentStore store) : Controller
{
    [AcceptVerbs("GET", "HEAD")]
    public IActionResult Show()
    {
        var snapshot = store.Current;
        if (snapshot.FindPage(Request.Path.Value ?? "/") is not { } page)
        {
            return NotFound();
        }

        var section = snapshot.FindSection(page.SectionKey);
        return page.IsSectionIndex
            ? View("SectionIndex", section)
            : View("Page", new PageViewModel(page, section));
    }
}

/// <summary>A page and, when it belongs to one, its section (for navigation and previous/next).</summary>
public sealed record PageViewModel(ContentPage Page, Section? Section);
