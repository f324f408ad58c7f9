using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowAboutCse.Tests.Support;

namespace KnowAboutCse.Tests.Web;

/// <summary>What an operator does: publish, then run the app from its folder, and get the whole site.</summary>
public sealed class PublishTests
{
    /// <summary>
    /// Also: the running app writes nothing to its user's home folder (ASP.NET Core would keep a
    /// data-protection key ring there, which a site without cookies has no use for).
    /// </summary>
    [Fact]
    public async Task PublishedFolder_RunFromItself_ServesEveryPageWithItsContent_AndWritesNothingToHome()
    {
        var ct = TestContext.Current.CancellationToken;
        using var output = ContentFolder.Empty();
        using var home = ContentFolder.Empty();
        var publish = await RunAsync("dotnet", ["publish", Path.Combine(RepoPaths.Source, "KnowAboutCse.Web.csproj"), "-c", "Release", "-o", output.Path, "--nologo"], RepoPaths.Root, ct);
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.True(File.Exists(Path.Combine(output.Path, "content", "data", "contacts.yml")), "The published folder has no content.");

        var port = FreePort();
        using var app = Process.Start(new ProcessStartInfo("dotnet", ["KnowAboutCse.Web.dll", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = output.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = home.Path },
        })!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilServingAsync(client, ct);

            foreach (var page in KnowAboutCse.Web.Content.ContentLoader.Load(RepoPaths.Content).AllPages)
            {
                var response = await client.GetAsync(page.Url, ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page.Url}: {response.StatusCode}");
            }

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css", ct)).StatusCode);
            using var search = new FormUrlEncodedContent([new("q", "grooming")]);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/search", search, ct)).StatusCode);
            Assert.Empty(Directory.EnumerateFileSystemEntries(home.Path, "*", SearchOption.AllDirectories));
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync(ct);
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient client, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, ct);
        }

        Assert.Fail("The published app did not start serving within 10 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args, string directory, CancellationToken ct)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
