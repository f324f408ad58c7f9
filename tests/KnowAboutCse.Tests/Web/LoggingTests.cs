using KnowAboutCse.Tests.Support;

namespace KnowAboutCse.Tests.Web;

public sealed class LoggingTests
{
    [Fact]
    public async Task Requests_WithPrivateDetails_LeaveNoneOfThemInTheLogs()
    {
        await using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        const string secret = "my-name-is-jo-smith";

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/parents?q={secret}&who={secret}");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("Cookie", $"c={secret}");
        request.Headers.Referrer = new Uri($"https://example.org/{secret}");
        request.Headers.UserAgent.ParseAdd("SecretAgent/1.0");
        await client.SendAsync(request, TestContext.Current.CancellationToken);
        await client.GetAsync($"/{secret}", TestContext.Current.CancellationToken);
        await client.PostAsync("/parents", new FormUrlEncodedContent([new("answer", secret)]), TestContext.Current.CancellationToken);

        var lines = factory.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("HTTP GET /parents responded 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("HTTP GET (no such page) responded 404", StringComparison.Ordinal));
        foreach (var leak in new[] { secret, "203.0.113.7", "127.0.0.1", "SecretAgent", "example.org", "?q=" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(leak, StringComparison.Ordinal));
        }
    }
}
