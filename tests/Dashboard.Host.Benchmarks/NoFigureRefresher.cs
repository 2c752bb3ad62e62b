using Dashboard.Host.Figures;

namespace Dashboard.Host.Benchmarks;

/// <summary>Used only when the host registers no figure refresher of its own, so the run measures storing alone.</summary>
public sealed class NoFigureRefresher : IFigureRefresher
{
    public void RequestRefresh(string collectorId)
    {
        // Nothing to recompute in a storage benchmark.
    }
}
