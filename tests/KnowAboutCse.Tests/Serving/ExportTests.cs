using System.Diagnostics;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Serving;

namespace KnowAboutCse.Tests.Serving;

/// <summary>The static export: every address the app serves, as files a static host serves at the same URLs.</summary>
public sealed class ExportTests
{
    private const string PublicBaseUrl = "https://site.example";

    /// <summary>Where the exported forms post: the running app, here on another host than the pages.</summary>
    private const string FormOrigin = "https://app.site.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_WritesEveryGetAddress_ByteForByteAsTheAppServesIt()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:PublicBaseUrl"] = PublicBaseUrl });
        using var output = ContentFolder.Empty();
        using var client = factory.CreatePlainClient();
        var paths = StaticExport.Paths(factory.Services);

        await StaticExport.WriteAsync(client, paths, output.Path, Cancel);

        Assert.Equal(
            paths.Select(StaticExport.FileFor).Append(StaticExport.NotFoundFile).Order(StringComparer.Ordinal),
            Files(output.Path));
        foreach (var path in paths)
        {
            var served = await client.GetByteArrayAsync(path, Cancel);
            var written = await File.ReadAllBytesAsync(Path.Combine(output.Path, StaticExport.FileFor(path)), Cancel);
            Assert.True(served.AsSpan().SequenceEqual(written), path);
        }

        var notFound = await client.GetAsync("/no-such-page", Cancel);
        Assert.Equal(await notFound.Content.ReadAsByteArrayAsync(Cancel), await File.ReadAllBytesAsync(Path.Combine(output.Path, "404.html"), Cancel));
    }

    [Fact]
    public async Task Export_PathList_HoldsEveryAddressAVisitorCanReachByFollowingLinks()
    {
        await using var factory = new SiteFactory();
        using var client = factory.CreatePlainClient();
        var exported = StaticExport.Paths(factory.Services).ToHashSet(StringComparer.Ordinal);

        var found = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(found);
        while (queue.TryDequeue(out var path))
        {
            var response = await client.GetAsync(path, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var link in links.Where(l => l.StartsWith('/')).Select(l => l.Split('?', '#')[0]))
            {
                if (found.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.Empty(found.Except(exported));
        Assert.True(found.Count > 25, $"Only {found.Count} addresses found by following links.");
    }

    [Fact]
    public async Task ExportCommand_WritesTheSiteWithFormsPostingToThePublicAddress()
    {
        using var output = ContentFolder.Empty();
        var web = Path.Combine(AppContext.BaseDirectory, "KnowAboutCse.Web.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet",
            [web, StaticExport.CommandName, output.Path, $"--Content:Path={RepoPaths.Content}", $"--webroot={Path.Combine(RepoPaths.Source, "wwwroot")}", $"--Site:PublicBaseUrl={PublicBaseUrl}", $"--Site:FormOrigin={FormOrigin}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = await process.StandardOutput.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);

        Assert.True(process.ExitCode == 0, log + await process.StandardError.ReadToEndAsync(Cancel));
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:PublicBaseUrl"] = PublicBaseUrl, ["Site:FormOrigin"] = FormOrigin });
        using var client = factory.CreatePlainClient();
        foreach (var path in StaticExport.Paths(factory.Services))
        {
            var file = Path.Combine(output.Path, StaticExport.FileFor(path));
            Assert.True(File.Exists(file), $"{path} was not exported");
            var served = await client.GetByteArrayAsync(path, Cancel);
            var written = await File.ReadAllBytesAsync(file, Cancel);
            Assert.True(served.AsSpan().SequenceEqual(written), path);
        }

        var checklist = await File.ReadAllTextAsync(Path.Combine(output.Path, "parents", "warning-signs-checklist", "index.html"), Cancel);
        Assert.Contains($"action=\"{FormOrigin}/parents/warning-signs-checklist\"", checklist, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCommand_WithoutAFormOrigin_WritesNothingAndSaysWhy()
    {
        using var output = ContentFolder.Empty();
        var web = Path.Combine(AppContext.BaseDirectory, "KnowAboutCse.Web.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet",
            [web, StaticExport.CommandName, output.Path, $"--Content:Path={RepoPaths.Content}", $"--webroot={Path.Combine(RepoPaths.Source, "wwwroot")}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = await process.StandardOutput.ReadToEndAsync(Cancel) + await process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--Site:FormOrigin", log, StringComparison.Ordinal);
        Assert.Empty(Files(output.Path));
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
