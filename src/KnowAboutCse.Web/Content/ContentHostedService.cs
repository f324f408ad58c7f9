using Microsoft.Extensions.Options;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Loads the content before the server takes requests, so broken content stops
/// start-up; then, when <see cref="ContentOptions.Watch"/> is on, reloads on change.
/// </summary>
internal sealed class ContentHostedService(ContentStore store, IOptions<ContentOptions> options) : IHostedService, IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private FileSystemWatcher? watcher;
    private Timer? debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Load();
        if (options.Value.Watch)
        {
            // Editors save in bursts (temp file, rename, touch): wait for a quiet moment, then reload once.
            debounce = new Timer(_ => store.TryReload());
            watcher = new FileSystemWatcher(store.RootPath) { IncludeSubdirectories = true };
            watcher.Changed += Touched;
            watcher.Created += Touched;
            watcher.Deleted += Touched;
            watcher.Renamed += Touched;
            watcher.EnableRaisingEvents = true;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (watcher is not null)
        {
            watcher.EnableRaisingEvents = false;
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce?.Dispose();
    }

    private void Touched(object sender, FileSystemEventArgs e) => debounce?.Change(Quiet, Timeout.InfiniteTimeSpan);
}
