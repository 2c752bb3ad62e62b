using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>
/// The figures of one service point, one queue, or all of them. Closed gives the Closed state for every figure except
/// <see cref="QueueMetrics.WaitingAtClosedPoints"/>, which counts exactly the people a closed point leaves waiting.
/// </summary>
internal static class FigureSet
{
    private const double SecondsPerMinute = 60.0;

    /// <summary>The figures of <paramref name="tally"/>.</summary>
    /// <param name="tally">What the records add up to.</param>
    /// <param name="open">Whether the point (or any point, overall) is open now.</param>
    /// <param name="waitingAtClosed">People waiting where nobody serves.</param>
    /// <param name="hasVisits">Whether no-shows apply (service points of visits).</param>
    /// <param name="countsPositions">Whether positions are known (staffing events decide open and closed).</param>
    /// <param name="settings">The collector's settings.</param>
    /// <param name="dimensions">The group's dimensions; null for the overall figures.</param>
    public static IEnumerable<Figure> For(
        GroupTally tally,
        bool open,
        int waitingAtClosed,
        bool hasVisits,
        bool countsPositions,
        QueueTimesSettings settings,
        IReadOnlyDictionary<string, string>? dimensions)
    {
        yield return Figure.Of(QueueMetrics.WaitingAtClosedPoints, waitingAtClosed, dimensions, waitingAtClosed);
        if (!open)
        {
            foreach (var metric in QueueMetrics.All.Where(metric => IsClosedFigure(metric.Key, hasVisits)))
            {
                yield return Figure.Without(metric.Key, FigureState.Closed, dimensions);
            }

            yield break;
        }

        var waits = tally.AnsweredWaitSeconds.Order().ToList();
        yield return Figure.Of(QueueMetrics.QueueLength, tally.Waiting, dimensions, tally.Waiting);
        yield return Figure.Of(QueueMetrics.LongestWaitMinutes, tally.LongestWaitSeconds / SecondsPerMinute, dimensions, tally.Waiting);
        yield return Minutes(QueueMetrics.WaitMinutes, waits.Count == 0 ? null : waits.Average(), waits.Count, dimensions);
        yield return Minutes(QueueMetrics.MedianWaitMinutes, Median.Of(waits), waits.Count, dimensions);
        yield return Minutes(QueueMetrics.P90WaitMinutes, waits.Count == 0 ? null : Percentiles.NearestRank(waits, 90), waits.Count, dimensions);

        var serviceLevelBase = waits.Count + (settings.ServiceLevelCountsAbandoned ? tally.Abandoned + tally.Exited : 0);
        yield return Percent(QueueMetrics.ServiceLevelPercent, tally.WithinTarget, serviceLevelBase, dimensions);
        yield return Percent(QueueMetrics.AbandonedPercent, tally.Abandoned, tally.Answered + tally.Abandoned + tally.Exited, dimensions);
        if (hasVisits)
        {
            yield return Percent(QueueMetrics.NoShowPercent, tally.NoShows, tally.CalledVisitsEnded, dimensions);
        }

        yield return Figure.Of(QueueMetrics.Answered, tally.Answered, dimensions, tally.Answered);
        yield return countsPositions
            ? Figure.Of(QueueMetrics.OpenPositions, tally.OpenPositions, dimensions)
            : Figure.Without(QueueMetrics.OpenPositions, FigureState.NoData, dimensions);
    }

    // Open service points are counted over all groups by the caller; no-shows apply to visits only.
    private static bool IsClosedFigure(string metricKey, bool hasVisits) => metricKey switch
    {
        QueueMetrics.WaitingAtClosedPoints or QueueMetrics.OpenServicePoints => false,
        QueueMetrics.NoShowPercent => hasVisits,
        _ => true,
    };

    private static Figure Minutes(string metricKey, double? seconds, int basis, IReadOnlyDictionary<string, string>? dimensions) =>
        seconds is { } value
            ? Figure.Of(metricKey, value / SecondsPerMinute, dimensions, basis)
            : Figure.Without(metricKey, FigureState.NoData, dimensions, basis);

    private static Figure Percent(string metricKey, int part, int whole, IReadOnlyDictionary<string, string>? dimensions) =>
        whole == 0
            ? Figure.Without(metricKey, FigureState.NoData, dimensions, whole)
            : Figure.Of(metricKey, 100.0 * part / whole, dimensions, whole);
}
