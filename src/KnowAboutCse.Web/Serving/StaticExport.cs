using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Site;
using Microsoft.Extensions.FileProviders;

namespace KnowAboutCse.Web.Serving;

/// <summary>
/// Writes the whole site as files a static host can serve at the same addresses:
/// <c>/parents</c> becomes <c>parents/index.html</c>, <c>/sitemap.xml</c> stays itself.
/// Each file is the app's own response, fetched over HTTP, so the bytes are the same.
/// </summary>
public static partial class StaticExport
{
    public const string CommandName = "export";

    /// <summary>Static hosts (nginx, Netlify, GitHub Pages, S3) serve this for unknown addresses.</summary>
    public const string NotFoundFile = "404.html";

    /// <summary>Every GET address the app serves without a query string: pages, downloads and the web root's files.</summary>
    public static IReadOnlyList<string> Paths(IServiceProvider services)
    {
        var snapshot = services.GetRequiredService<ContentStore>().Current;
        var fromFeatures = services.GetServices<IPathSource>().SelectMany(source => source.Paths(snapshot));
        var webRoot = services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        return [.. fromFeatures.Concat(WebRootFiles(webRoot, "")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Where a path's response goes in the export folder, relative to it.</summary>
    public static string FileFor(string path) =>
        path == "/" ? "index.html" : Path.HasExtension(path) ? path[1..] : path[1..] + "/index.html";

    /// <summary>Fetches each path and writes it; fails on any response that is not 200.</summary>
    public static async Task WriteAsync(HttpClient client, IReadOnlyList<string> paths, string folder, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Export stopped: {path} answered {(int)response.StatusCode}.");
            }

            await WriteFileAsync(folder, FileFor(path), response, cancellationToken);
        }

        using var notFound = await client.GetAsync("/error/404", cancellationToken);
        await WriteFileAsync(folder, NotFoundFile, notFound, cancellationToken);
    }

    /// <summary>
    /// The <c>export OUT --Site:FormOrigin URL</c> command: starts the app on a loopback port,
    /// writes every path to OUT, stops. A static host cannot answer a form, so the export's
    /// forms post to the running app at <c>Site:FormOrigin</c>, which must be given; without
    /// it nothing is written and the exit code is 2.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, string folder)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaticExport));
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.FormOriginSource is null)
        {
            ExportFailed(logger, "Give --Site:FormOrigin, the address of the running app that answers the exported site's forms (for example https://www.knowaboutcse.co.uk). Nothing was exported.");
            return 2;
        }

        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var paths = Paths(app.Services);
            await WriteAsync(client, paths, folder, CancellationToken.None);
            var fullPath = Path.GetFullPath(folder);
            Exported(logger, paths.Count + 1, fullPath);
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            ExportFailed(logger, ex.Message);
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task WriteFileAsync(string folder, string file, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var target = Path.Combine(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, await response.Content.ReadAsByteArrayAsync(cancellationToken), cancellationToken);
    }

    private static IEnumerable<string> WebRootFiles(IFileProvider files, string folder) =>
        files.GetDirectoryContents(folder).SelectMany(entry => entry.IsDirectory
            ? WebRootFiles(files, $"{folder}/{entry.Name}")
            : [$"{folder}/{entry.Name}"]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {FileCount} files to {Folder}")]
    private static partial void Exported(ILogger logger, int fileCount, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private static partial void ExportFailed(ILogger logger, string problem);
}
