namespace KnowAboutCse.Web.Search;

/// <summary>
/// Builds the first index just after start-up, in the background: pages are served at once,
/// and the first visitor to search does not wait for the index (unless they are quicker).
/// </summary>
internal sealed class SearchWarmUp(SiteSearch search) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => search.Current, cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
