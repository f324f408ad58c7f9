using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Search;
using KnowAboutCse.Web.Site;
using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

/// <summary>
/// Site search. The form is a GET page like any other (cached, identical for everyone); the
/// query is only ever POSTed, so it never enters an address, the browser's history or a
/// Referer, and the results are sent with <c>Cache-Control: no-store</c>. Nothing here logs.
/// </summary>
[Route(SearchPath)]
public sealed class SearchController(RequestContent content, SiteSearch search, SubmittedForms forms) : Controller
{
    public const string SearchPath = "/search";

    /// <summary>The form field: <c>q</c>.</summary>
    public const string QueryField = "q";

    /// <summary>The hidden field a translated page's search box sends (<c>lang=pl</c>): search that language's pages, and answer in it.</summary>
    public const string LanguageField = "lang";

    [HttpGet]
    [HttpHead]
    public IActionResult Index() => View(new SearchViewModel(null, QueryCheck.Empty, null, null, content.Snapshot.Languages.English.Language));

    [HttpPost]
    public async Task<IActionResult> ResultsAsync()
    {
        // What someone searched for must not be kept by the browser, a proxy or a CDN.
        Response.Headers.CacheControl = "no-store";
        var snapshot = content.Snapshot;
        var read = await forms.ReadAsync(Request);
        if (read.Status == StatusCodes.Status400BadRequest)
        {
            // A body the form reader refuses (a NUL byte, say): say so on the search page itself.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new SearchViewModel(null, QueryCheck.Unreadable, null, null, snapshot.Languages.English.Language));
        }

        if (read.Form is not { } form)
        {
            return StatusCode(read.Status);
        }

        // No field is English; a language the site does not have, or the field twice, is not something its forms send.
        var language = form[LanguageField].Count switch
        {
            0 => snapshot.Languages.English.Language,
            1 when snapshot.Languages.Find(form[LanguageField][0]) is { IsEnglish: false } found => found,
            _ => null,
        };
        if (language is null)
        {
            return BadRequest();
        }

        var query = form[QueryField].Count == 1 ? form[QueryField][0] : null;
        var check = form[QueryField].Count > 1 ? QueryCheck.Unreadable : SiteSearch.Check(query);
        if (check != QueryCheck.Ok)
        {
            return View("Index", new SearchViewModel(null, check, null, null, language));
        }

        var results = search.IndexOf(snapshot, language).Search(query!);
        return View("Index", new SearchViewModel(query!.Trim(), check, results.Corrected, results.Hits, language));
    }
}

/// <summary>The search page: the query (when it was searchable), why it was not, the words searched for instead of typing mistakes, and the results.</summary>
/// <param name="Language">The language searched, and the one the page is written in.</param>
public sealed record SearchViewModel(string? Query, QueryCheck Check, string? Corrected, IReadOnlyList<SearchHit>? Results, Translations.Language Language);
