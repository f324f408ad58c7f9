using System.Text.RegularExpressions;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Web;

/// <summary>What the privacy notice promises about logs is what the deployment files do.</summary>
public sealed partial class PrivacyPromiseTests
{
    private static readonly string Rotate = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "logrotate.conf"));

    [Fact]
    public void Logrotate_KeepsTheProxyLogsForTheDaysThePrivacyNoticeStates()
    {
        var days = ContentLoader.Load(RepoPaths.Content).Site.LogRetentionDays;

        Assert.Equal(days.ToString(System.Globalization.CultureInfo.InvariantCulture), Setting("rotate"));
        Assert.Equal(days.ToString(System.Globalization.CultureInfo.InvariantCulture), Setting("maxage"));
    }

    [Fact]
    public void Logrotate_CoversEveryLogTheProxyWrites()
    {
        var nginx = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "nginx.conf"));

        var logs = LogFile().Matches(nginx).Select(m => m.Groups["file"].Value).Distinct().ToList();

        Assert.Equal(2, logs.Count);
        Assert.All(logs, log => Assert.Contains(log, Rotate, StringComparison.Ordinal));
    }

    private static string Setting(string name) => Regex.Match(Rotate, $@"^\s*{name}\s+(\d+)\s*$", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"^\s*(?:access|error)_log\s+(?<file>/\S+)", RegexOptions.Multiline)]
    private static partial Regex LogFile();
}
