using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowAboutCse.Tests.Support;

/// <summary>
/// The app on a real Kestrel socket on 127.0.0.1, for requests TestServer would never
/// see: Kestrel parses the raw bytes itself, so malformed requests are only tested here.
/// </summary>
public sealed class KestrelSite : IAsyncLifetime
{
    private readonly SiteFactory factory = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every log event the app has written.</summary>
    public CollectingSink Logs => factory.Logs;

    public ValueTask InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ValueTask.CompletedTask;
    }

    /// <summary>Sends the bytes exactly as given and returns the status code and whole response text.</summary>
    public async Task<(int Status, string Text)> SendRawAsync(byte[] request, CancellationToken ct)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(BaseAddress.Host, BaseAddress.Port, ct);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, ct);
        }
        catch (IOException)
        {
            // Kestrel may answer and close before reading a too-large request to the end.
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (LooksComplete(buffer))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Connection reset after the response: what was read is the answer.
        }

        var text = Encoding.Latin1.GetString(buffer.ToArray());
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), provider: null) : 0;
        return (status, text);
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    private static bool LooksComplete(MemoryStream buffer)
    {
        var text = Encoding.Latin1.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headerEnd < 0)
        {
            return false;
        }

        var headers = text[..headerEnd];
        var lengthLine = headers.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (lengthLine is not null)
        {
            return text.Length - headerEnd - 4 >= int.Parse(lengthLine["Content-Length:".Length..].Trim(), provider: null);
        }

        return headers.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? text.EndsWith("0\r\n\r\n", StringComparison.Ordinal) : true;
    }
}
