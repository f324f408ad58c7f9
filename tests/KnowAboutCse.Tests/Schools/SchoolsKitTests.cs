using System.Net;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Schools;
using Microsoft.Extensions.DependencyInjection;
using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace KnowAboutCse.Tests.Schools;

/// <summary>The schools kit: the letter's numbers, QR codes, the school-name input, posters and newsletter text.</summary>
public sealed class SchoolsKitTests(SharedSite site)
{
    private const string PublicBaseUrl = "https://schools.example.org";

    [Fact]
    public async Task Letter_ContactsFileChanged_ShowsExactlyTheNewNumbers()
    {
        using var folder = ContentFolder.CopyOfReal();
        var contactsFile = folder.Read("data/contacts.yml");
        Assert.Contains("\"0300 111 8007\"", contactsFile, StringComparison.Ordinal);
        folder.Write("data/contacts.yml", contactsFile.Replace("\"0300 111 8007\"", "\"0300 222 9009\"", StringComparison.Ordinal));
        var phones = ContentLoader.Load(folder.Path).Contacts.All.Select(c => c.Phone).OfType<string>().ToHashSet(StringComparer.Ordinal);
        await using var factory = new SiteFactory(folder.Path);

        var (response, document) = await factory.GetPageAsync("/schools/letter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = document.QuerySelectorAll(".letter a.tel").Select(a => a.TextContent).ToList();
        Assert.Contains("0300 222 9009", shown);
        Assert.DoesNotContain("0300 111 8007", document.QuerySelector(".letter")!.TextContent, StringComparison.Ordinal);
        Assert.All(shown, number => Assert.Contains(number, phones));
        Assert.All(document.QuerySelectorAll(".letter a.tel"), a =>
            Assert.Equal("tel:" + string.Concat(a.TextContent.Where(char.IsAsciiDigit)), a.GetAttribute("href")));
    }

    [Fact]
    public async Task Letter_Default_NamesEachLocalNumberAndWhenTheyWereChecked()
    {
        var (response, document) = await site.GetPageAsync("/schools/letter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var shown = document.QuerySelectorAll(".letter a.tel").Select(a => a.TextContent).ToHashSet();
        var contacts = site.Services.GetRequiredService<ContentStore>().Current.Contacts;
        string[] named = ["police-emergency", "scas", "staffordshire-eds", "stoke-front-door", "stoke-edt", "police-non-emergency", "nspcc", "childline"];
        foreach (var id in named)
        {
            Assert.Contains(contacts[id].Phone!, shown);
        }

        var oldest = named.Select(id => contacts[id].Checked!.Value).Min();
        Assert.Equal($"Phone numbers checked on {ContactHtml.Date(oldest)}.", document.QuerySelector(".letter__checked")!.TextContent.Trim());
        Assert.Contains("your child's school", document.QuerySelector(".letter")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, document.QuerySelectorAll(".letter .qr img").Length);
    }

    [Fact]
    public async Task Letter_SchoolNameWithMarkup_IsShownAsTextNotHtml()
    {
        const string School = "<script>alert(1)</script><b>St Chad's</b>";

        using var client = site.CreatePlainClient();
        var response = await client.GetAsync("/schools/letter?school=" + Uri.EscapeDataString(School) + "&date=2026-12-01", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Empty(document.QuerySelectorAll(".letter script, .letter b"));
        Assert.Equal(School, document.QuerySelector(".letter__school")!.TextContent);
        Assert.Contains($"from {School},", document.QuerySelector(".letter__body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 December 2026", document.QuerySelector(".letter__body p")!.TextContent);
        Assert.Equal(School, document.QuerySelector("input#school")!.GetAttribute("value"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, HttpStatusCode.OK)]
    [InlineData(101, HttpStatusCode.BadRequest)]
    [InlineData(5000, HttpStatusCode.BadRequest)]
    public async Task Letter_SchoolNameLength_IsLimited(int length, HttpStatusCode expected)
    {
        using var client = site.CreatePlainClient();

        var response = await client.GetAsync("/schools/letter?school=" + new string('a', length), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("100", document.QuerySelector("input#school")!.GetAttribute("maxlength"));
        }
    }

    [Theory]
    [InlineData("date=tomorrow")]
    [InlineData("date=2026-13-01")]
    [InlineData("date=01/12/2026")]
    [InlineData("school=a&school=b")]
    [InlineData("school=line%0Abreak")]
    public async Task Letter_UnusableQuery_Is400NotAnError(string query)
    {
        using var client = site.CreatePlainClient();

        var response = await client.GetAsync("/schools/letter?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task QrCode_Png_DecodesToTheConfiguredPublicAddress()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:PublicBaseUrl"] = PublicBaseUrl });
        using var client = factory.CreatePlainClient();

        foreach (var (target, path) in QrCodes.Targets)
        {
            var response = await client.GetAsync($"/schools/qr/{target}.png", TestContext.Current.CancellationToken);
            var png = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(PublicBaseUrl + path, Decode(png));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode); // the code opens a real page
        }
    }

    [Fact]
    public async Task QrCode_Svg_IsAnSvgImageDrawnOnce()
    {
        using var client = site.CreatePlainClient();

        var first = await client.GetAsync("/schools/qr/youngpeople.svg", TestContext.Current.CancellationToken);
        var svg = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var again = await client.GetStringAsync(new Uri("/schools/qr/youngpeople.svg", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/svg+xml", first.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase); // the CSP allows no inline style
        Assert.Equal(svg, again);
    }

    [Theory]
    [InlineData("/schools/qr/teachers.png")]
    [InlineData("/schools/qr/parents.gif")]
    [InlineData("/schools/qr/parents")]
    [InlineData("/schools/qr/.png")]
    [InlineData("/schools/qr/PARENTS.png")]
    [InlineData("/schools/qr/parents.png.svg")]
    [InlineData("/schools/qr/%2e%2e%2fappsettings.json")]
    [InlineData("/schools/poster/teachers")]
    [InlineData("/kit/parent-letter")]
    public async Task UnknownKitAddress_Is404(string path)
    {
        using var client = site.CreatePlainClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EveryKitAddress_ForTheStaticExport_Serves200()
    {
        using var client = site.CreatePlainClient();
        var paths = site.Services.GetServices<KnowAboutCse.Web.Site.IPathSource>()
            .SelectMany(s => s.Paths(site.Services.GetRequiredService<ContentStore>().Current)).ToList();

        foreach (var path in SchoolsKitPaths.All)
        {
            Assert.Contains(path, paths);
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("parents", "/parents")]
    [InlineData("youngpeople", "/youngpeople")]
    public async Task Poster_ShowsThreeSignsTheCodeAndNumbersFromTheContacts(string id, string opens)
    {
        var (response, document) = await site.GetPageAsync("/schools/poster/" + id);
        var contacts = site.Services.GetRequiredService<ContentStore>().Current.Contacts;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, document.QuerySelectorAll(".poster__signs li").Length);
        Assert.Equal($"/schools/qr/{id}.svg", document.QuerySelector(".poster__qr")!.GetAttribute("src"));
        Assert.Contains("www.knowaboutcse.co.uk" + opens, document.QuerySelector(".poster__url")!.TextContent, StringComparison.Ordinal);
        var numbers = document.QuerySelectorAll(".poster__contacts a.tel").Select(a => a.TextContent).ToList();
        Assert.Contains(contacts["police-emergency"].Phone!, numbers);
        Assert.All(numbers, n => Assert.Contains(contacts.All, c => c.Phone == n));
    }

    [Fact]
    public async Task ParentsPoster_PrintsEachCouncilLinesHoursOptionAndOutOfHoursNumberBesideIt()
    {
        var (_, document) = await site.GetPageAsync("/schools/poster/parents");

        var scas = document.QuerySelectorAll(".poster__contacts li").Single(li => li.TextContent.Contains("(SCAS)", StringComparison.Ordinal)).TextContent;
        Assert.Contains("0300 111 8007 (option 1)", scas, StringComparison.Ordinal);
        Assert.Contains("Monday to Thursday 8am to 5:30pm; Friday 8am to 4:30pm", scas, StringComparison.Ordinal);
        Assert.Contains("When closed, call the Emergency Duty Service: 0345 604 2886", scas, StringComparison.Ordinal);
        var stoke = document.QuerySelectorAll(".poster__contacts li").Single(li => li.TextContent.Contains("Integrated Front Door", StringComparison.Ordinal)).TextContent;
        Assert.Contains("When closed, call the Emergency Duty Team: 01782 234234", stoke, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_GivesEachCouncilLinesHoursBesideIt()
    {
        var (_, document) = await site.GetPageAsync("/schools/letter");

        var scas = document.QuerySelectorAll(".letter li").Single(li => li.TextContent.Contains("(SCAS)", StringComparison.Ordinal)).TextContent;
        Assert.Contains("0300 111 8007 (option 1), open Monday to Thursday 8am to 5:30pm; Friday 8am to 4:30pm", scas, StringComparison.Ordinal);
        Assert.Contains("0345 604 2886", scas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsletter_OffersEachBlurbAsSelectableTextWithCopyButtons()
    {
        var (response, document) = await site.GetPageAsync("/schools/newsletter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var blurbs = document.QuerySelectorAll(".blurb");
        Assert.Equal(site.Services.GetRequiredService<ContentStore>().Current.Kit!.Blurbs.Count, blurbs.Length);
        Assert.All(blurbs, b =>
        {
            var button = b.QuerySelector("button[data-copy]")!;
            Assert.NotNull(b.QuerySelector("#" + button.GetAttribute("data-copy")));
            Assert.True(button.HasAttribute("hidden")); // shown only when the script can copy
            Assert.Equal("status", b.QuerySelector(".blurb__status")!.GetAttribute("role"));
            Assert.DoesNotContain("{{", b.TextContent, StringComparison.Ordinal);
        });
        Assert.Contains("www.knowaboutcse.co.uk/parents", blurbs[0].TextContent, StringComparison.Ordinal);
        // The tools for telling someone are in the kit, by their public addresses.
        var telling = Assert.Single(blurbs, b => b.TextContent.Contains("Help with telling someone", StringComparison.Ordinal)).TextContent;
        Assert.Contains("www.knowaboutcse.co.uk/youngpeople/help-me-say-it", telling, StringComparison.Ordinal);
        Assert.Contains("www.knowaboutcse.co.uk/parents/keep-a-record", telling, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsletterText_IsAPlainTextDownloadWithLiveNumbers()
    {
        using var client = site.CreatePlainClient();
        var contacts = site.Services.GetRequiredService<ContentStore>().Current.Contacts;

        var response = await client.GetAsync("/schools/newsletter.txt", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(contacts["nspcc"].Phone!, text, StringComparison.Ordinal);
        Assert.Contains(contacts["childline"].Phone!, text, StringComparison.Ordinal);
        Assert.Contains("www.knowaboutcse.co.uk/youngpeople", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kit/newsletter.yml", "  - id: parents-one-line\n", "  - id: parents-one-line\n    colour: red\n", "colour: red")]
    [InlineData("kit/newsletter.yml", "{{phone childline}}", "{{phone childlines}}", "- id: young-people")]
    [InlineData("kit/parent-letter.md", "on {{phone nspcc}}", "on {{phone nspc}}", "{{phone nspc}}")]
    [InlineData("kit/parent-letter.md", "{{site /youngpeople}}", "{{site /young-people}}", "{{site /young-people}}")]
    [InlineData("kit/parent-letter.md", "{{school}},", "{{schol}},", "{{schol}}")]
    [InlineData("kit/posters.yml", "    qr: youngpeople\n", "    qr: teachers\n", "- id: youngpeople")]
    public void BrokenKitFile_StopsLoadingNamingFileAndLine(string file, string find, string replace, string problemAt)
    {
        using var folder = ContentFolder.CopyOfReal();
        folder.AssertBreakingStopsLoadingAt(file, find, replace, problemAt);
    }

    /// <summary>Every broken file is named at once, so an editor fixes them in one go, not one per restart.</summary>
    [Fact]
    public void NewsletterWithoutBlurbs_IsReportedAlongsideOtherBrokenFiles()
    {
        using var folder = ContentFolder.CopyOfReal();
        folder.Write(KitFiles.NewsletterFile, "blurbs: []\n");
        folder.Replace("parents/what-to-do.md", "](/get-help/who-to-contact)", "](/no-such-page)");

        var error = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        Assert.Contains(error.Problems, p => p.File == "parents/what-to-do.md" && p.Message.Contains("/no-such-page", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.File == KitFiles.NewsletterFile && p.Message.Contains("'blurbs'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watch_ContactsAndKitEdits_ReachTheLetterWithoutRestartAndABrokenEditIsIgnored()
    {
        using var folder = ContentFolder.CopyOfReal();
        await using var factory = new SiteFactory(folder.Path, new() { ["Content:Watch"] = "true" });
        _ = await factory.GetPageAsync("/schools/letter");

        folder.Replace("data/contacts.yml", "\"0808 800 5000\"", "\"0808 800 6000\"");
        Assert.True(await WaitForLetterAsync(factory, text => text.Contains("0808 800 6000", StringComparison.Ordinal)), "the new number never reached the letter");

        folder.Write(KitFiles.LetterFile, folder.Read(KitFiles.LetterFile) + "\nCall {{phone no-such-contact}}.\n");
        for (var i = 0; i < 50 && !factory.Logs.Lines.Any(l => l.Contains("kit/parent-letter.md:", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Contains(factory.Logs.Lines, l => l.Contains("kit/parent-letter.md:", StringComparison.Ordinal));
        Assert.True(await WaitForLetterAsync(factory, text => text.Contains("0808 800 6000", StringComparison.Ordinal)), "the last good letter stopped serving");
    }

    private static async Task<bool> WaitForLetterAsync(SiteFactory factory, Func<string, bool> done)
    {
        for (var i = 0; i < 50; i++)
        {
            var (response, document) = await factory.GetPageAsync("/schools/letter");
            if (response.StatusCode == HttpStatusCode.OK && done(document.QuerySelector(".letter")?.TextContent ?? string.Empty))
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return false;
    }

    [Fact]
    public void CheckedSummary_SeveralContacts_GivesTheOldestDateAndNamesAnyUnconfirmed()
    {
        var older = SampleContacts.Childline with { Checked = new DateOnly(2026, 5, 1) };

        var text = KnowAboutCse.Web.Contacts.ContactHtml.CheckedSummary([SampleContacts.Office, older, SampleContacts.NightLine], ContentLoader.Load(RepoPaths.Content).Languages.English);

        Assert.Equal("Phone numbers checked on 1 May 2026. Night line: not yet confirmed against a published source.", text);
    }

    internal static string? Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlue);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGB24);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)))?.Text;
    }
}
