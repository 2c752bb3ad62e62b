using System.Collections.Concurrent;
using Dashboard.Host.Figures;

namespace Dashboard.Host.Tests.Ingest;

/// <summary>Stands in for the real refresher and remembers which collectors asked for new figures.</summary>
public sealed class RecordingFigureRefresher : IFigureRefresher
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public void RequestRefresh(string collectorId) => _requests.Enqueue(collectorId);
}
