namespace Dashboard.Host.Figures;

/// <summary>
/// Recomputes a collector's figures after its records change. Requests for one collector coalesce, so a burst of pushes
/// costs at most about one recomputation a second.
/// </summary>
public interface IFigureRefresher
{
    /// <summary>Asks for the collector's figures to be recomputed soon; returns at once.</summary>
    void RequestRefresh(string collectorId);
}
