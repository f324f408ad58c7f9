using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Search;

/// <summary>Search through the real app: the query is only ever POSTed, never kept, never logged.</summary>
public sealed class SearchPageTests(SharedSite site)
{
    public static TheoryData<string> AllPaths() =>
        [.. ContentLoader.Load(RepoPaths.Content).AllPages.Select(p => p.Url).Prepend("/").Append("/search").Append("/no-such-page")];

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SearchAsync(SiteFactory factory, HttpContent body)
    {
        using var client = factory.CreatePlainClient();
        var response = await client.PostAsync("/search", body, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(html));
    }

    private static Task<(HttpResponseMessage Response, IHtmlDocument Document)> SearchAsync(SiteFactory factory, string query) =>
        SearchAsync(factory, new FormUrlEncodedContent([new("q", query)]));

    private static void AssertPrivate(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "search results must be no-store");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public async Task Get_AnyPage_HeaderHasALabelledSearchBoxThatPostsWhereThePageCameFrom(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        var form = document.QuerySelector<IHtmlFormElement>("header form.site-search")!;
        Assert.Equal("post", form.Method, ignoreCase: true);
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector<IHtmlInputElement>("input[name=q]")!;
        Assert.Equal("Search this site", document.QuerySelector($"label[for={input.Id}]")!.TextContent);
        Assert.Equal("off", input.GetAttribute("autocomplete"));
        Assert.Equal("200", input.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task Get_Search_IsAnEmptyFormPageTheSameForEveryone()
    {
        var (first, document) = await site.GetPageAsync("/search");
        var (_, again) = await site.GetPageAsync("/search");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Search", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("/search", document.QuerySelector(".search-page form")!.GetAttribute("action"));
        Assert.Null(document.QuerySelector(".search-results"));
        Assert.Equal(document.DocumentElement.OuterHtml, again.DocumentElement.OuterHtml);
        Assert.False(first.Headers.CacheControl?.NoStore ?? false, "the empty form may be cached");
    }

    [Fact]
    public async Task Post_Query_ShowsTitleSectionAndMarkedSnippetPrivately()
    {
        var (response, document) = await SearchAsync(site, "sending nudes");

        AssertPrivate(response);
        var results = document.QuerySelectorAll(".search-result").ToList();
        Assert.NotEmpty(results);
        var first = results[0];
        Assert.Equal("/youngpeople/sharing-images", first.QuerySelector("a.search-result__title")!.GetAttribute("href"));
        Assert.Equal("Nudes and sharing images", first.QuerySelector("a.search-result__title")!.TextContent);
        Assert.Equal("Young people", first.QuerySelector(".search-result__section")!.TextContent);
        Assert.NotEmpty(first.QuerySelectorAll(".search-result__snippet mark"));
        Assert.Equal("sending nudes", document.QuerySelector<IHtmlInputElement>(".search-page input[name=q]")!.Value);
    }

    [Fact]
    public async Task Post_Typo_SaysWhatWasSearchedForInstead()
    {
        var (response, document) = await SearchAsync(site, "childine");

        AssertPrivate(response);
        Assert.Contains("‘childline’", document.QuerySelector(".search-results__corrected")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".search-result"));
    }

    [Fact]
    public async Task Post_NoResults_OffersSuggestionsAndTheHelpContacts()
    {
        var (response, document) = await SearchAsync(site, "xylophone zebra");

        AssertPrivate(response);
        Assert.Empty(document.QuerySelectorAll(".search-result"));
        Assert.StartsWith("No pages found", document.QuerySelector("#result-heading")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".search-results a[href='/youngpeople']"));
        var cards = document.QuerySelectorAll(".help-now .contact-card a.tel").Select(a => a.TextContent).ToList();
        Assert.Equal(["999", "0800 1111", "0808 800 5000"], cards);
    }

    public static TheoryData<string, string, string, int> BadQueries() => new()
    {
        { "empty", "q=", "", 200 },
        { "spaces only", "q=+++", "", 200 },
        { "no field at all", "other=1", "", 200 },
        { "201 characters", "q=" + new string('a', 201), "too long", 200 },
        { "10,000 characters", "q=" + new string('a', 10_000), "too long", 200 },
        { "control characters", "q=%01%02%03%1B", "cannot read", 200 },
        { "the field twice", "q=a&q=b", "cannot read", 200 },
        { "NUL byte (refused by the form reader)", "q=abc%00def", "cannot read", 400 },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Post_BadQuery_GetsAClearMessageNeverAnError(string name, string body, string message, int status)
    {
        var (response, document) = await SearchAsync(site, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        AssertPrivate(response, (HttpStatusCode)status);
        Assert.Null(document.QuerySelector(".search-results"));
        var error = document.QuerySelector(".search-form__error");
        if (message.Length == 0)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.True(error?.TextContent.Contains(message, StringComparison.Ordinal), $"{name}: {error?.TextContent}");
            Assert.Equal(string.Empty, document.QuerySelector<IHtmlInputElement>(".search-page input[name=q]")!.Value);
        }
    }

    /// <summary>Bytes that are not UTF-8 stay percent-encoded when decoded (ASP.NET Core's form reader), so they are searched as that text.</summary>
    [Theory]
    [InlineData("q=%FF%FE%FD")]
    [InlineData("q=%ED%A0%80")]
    [InlineData("q=%C0%AF")]
    public async Task Post_BytesThatAreNotUtf8_FindNothingAndNeverFail(string body)
    {
        var (response, document) = await SearchAsync(site, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        AssertPrivate(response);
        Assert.Empty(document.QuerySelectorAll(".search-result"));
        Assert.DoesNotContain('\uFFFD', document.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Post_BinaryBody_IsA4xxOrAMessageNeverA5xx()
    {
        var random = new Random(8);
        var bytes = new byte[4000];
        random.NextBytes(bytes);
        using var client = site.CreatePlainClient();

        foreach (var type in new[] { "application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream", "text/plain" })
        {
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
            var response = await client.PostAsync("/search", content, TestContext.Current.CancellationToken);

            Assert.InRange((int)response.StatusCode, 200, 499);
        }
    }

    [Fact]
    public async Task Post_FormTheReaderRefusesToATool_IsA400PageNotA404()
    {
        // The re-executed error page once took its code from the refused form, and said "Page not found".
        using var client = site.CreatePlainClient();
        using var body = new StringContent("where=%00", Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/get-help/who-to-contact", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error 400", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Query_NeverAppearsInLogsTheAddressOrThePageTitle()
    {
        await using var factory = new SiteFactory();
        const string secret = "jo smith older friend bought me a phone";

        var (response, document) = await SearchAsync(factory, secret);

        AssertPrivate(response);
        Assert.Equal("/search", response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("jo smith", document.Title, StringComparison.OrdinalIgnoreCase);
        Assert.All(document.QuerySelectorAll("[href], [action], [src]"), e =>
            Assert.DoesNotContain("smith", (e.GetAttribute("href") ?? "") + e.GetAttribute("action") + e.GetAttribute("src"), StringComparison.OrdinalIgnoreCase));
        var lines = factory.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("HTTP POST /search responded 200", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("smith", StringComparison.OrdinalIgnoreCase) || l.Contains("older friend", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Post_BadQueries_NeverAppearInLogsEither()
    {
        await using var factory = new SiteFactory();

        await SearchAsync(factory, "smith" + new string('x', 300));
        await SearchAsync(factory, new StringContent("q=smith%00%FF", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("smith", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Post_OverTheLimit_IsRateLimitedLikeEveryForm()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:FormPostsPerMinute"] = "2" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SearchAsync(factory, "grooming")).Response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Watch_EditedContent_IsSearchableWithoutRestart()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path, new() { ["Content:Watch"] = "true" });
        Assert.Empty((await SearchAsync(factory, "kaleidoscope")).Document.QuerySelectorAll(".search-result"));

        folder.Write("parents/first.md", TinySite.Page("First page", 1, "A kaleidoscope of colours."));

        var found = false;
        for (var i = 0; i < 50 && !found; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            found = (await SearchAsync(factory, "kaleidoscope")).Document.QuerySelector(".search-result a")?.GetAttribute("href") == "/parents/first";
        }

        Assert.True(found, "the new word was never found");
    }
}
