using KnowAboutCse.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

public sealed class HomeController(ContentStore store) : Controller
{
    [AcceptVerbs("GET", "HEAD")]
    public IActionResult Index() => View(store.Current);
}
