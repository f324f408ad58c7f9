using System.Collections.Concurrent;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Serving;

/// <summary>
/// The stored responses for the current content snapshot, by path. A content reload makes
/// a new snapshot, and the first lookup after it starts an empty set: nothing stale survives.
/// </summary>
public sealed class StoredResponses(ContentStore store)
{
    private Generation current = new(null);

    public bool TryGet(string path, out StoredResponse? response) => Current().Entries.TryGetValue(path, out response);

    /// <summary>Stores a response rendered from <paramref name="renderedFrom"/>, unless the content has changed since.</summary>
    public void Add(string path, StoredResponse response, ContentSnapshot renderedFrom)
    {
        var generation = Current();
        if (ReferenceEquals(generation.Snapshot, renderedFrom))
        {
            generation.Entries[path] = response;
        }
    }

    private Generation Current()
    {
        var snapshot = store.Current;
        var generation = Volatile.Read(ref current);
        if (ReferenceEquals(generation.Snapshot, snapshot))
        {
            return generation;
        }

        var fresh = new Generation(snapshot);
        return Interlocked.CompareExchange(ref current, fresh, generation) == generation ? fresh : Volatile.Read(ref current);
    }

    private sealed record Generation(ContentSnapshot? Snapshot)
    {
        public ConcurrentDictionary<string, StoredResponse> Entries { get; } = new(StringComparer.Ordinal);
    }
}
