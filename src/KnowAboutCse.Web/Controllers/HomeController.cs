using KnowAboutCse.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace KnowAboutCse.Web.Controllers;

public sealed class HomeController(RequestContent content) : Controller
{
    [AcceptVerbs("GET", "HEAD")]
    public IActionResult Index() => View(content.Snapshot);
}
