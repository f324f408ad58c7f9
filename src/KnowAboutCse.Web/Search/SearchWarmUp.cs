namespace KnowAboutCse.Web.Search;

/// <summary>Builds the first index at start-up (after the content has loaded), so the first visitor to search does not wait for it.</summary>
internal sealed class SearchWarmUp(SiteSearch search) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = search.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
