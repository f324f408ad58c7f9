using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace KnowAboutCse.Tests.Support;

/// <summary>Keeps every log event the app writes, rendered as text, so tests can read what a log would hold.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    /// <summary>Each event as one string: message, every property and any exception.</summary>
    public IReadOnlyList<string> Lines => Events.Select(e =>
        $"{e.Level} {e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}").ToList();

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
}
