using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Serving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowAboutCse.Tests.Serving;

public sealed class MemoryUpkeepSettingTests
{
    private static int UpkeepsHosted(SiteFactory factory) => factory.Services.GetServices<IHostedService>().OfType<MemoryUpkeep>().Count();

    [Fact]
    public async Task Default_TheUpkeepIsHosted()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path);

        Assert.Equal(1, UpkeepsHosted(factory));
    }

    [Fact]
    public async Task SettingOff_TheUpkeepIsNotHosted_SoItNeverRuns()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path, new() { ["Site:MemoryUpkeep"] = "false" });

        Assert.Equal(0, UpkeepsHosted(factory));
    }
}
