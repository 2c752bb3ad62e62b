using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>
/// The figures of one service point, one queue, or all of them. A closed point reads Closed for what is true now (people
/// waiting, longest wait, staffed positions); what its window saw (waits, service level, answered) stays a number, and
/// reads Closed only when the window saw nothing. <see cref="QueueMetrics.WaitingAtClosedPoints"/> counts exactly the
/// people a closed point leaves waiting.
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
        if (open)
        {
            yield return Figure.Of(QueueMetrics.QueueLength, tally.Waiting, dimensions, tally.Waiting);
            yield return Figure.Of(QueueMetrics.LongestWaitMinutes, tally.LongestWaitSeconds / SecondsPerMinute, dimensions, tally.Waiting);
            yield return countsPositions
                ? Figure.Of(QueueMetrics.OpenPositions, tally.OpenPositions, dimensions)
                : Figure.Without(QueueMetrics.OpenPositions, FigureState.NoData, dimensions);
        }
        else
        {
            yield return Figure.Without(QueueMetrics.QueueLength, FigureState.Closed, dimensions);
            yield return Figure.Without(QueueMetrics.LongestWaitMinutes, FigureState.Closed, dimensions);
            yield return Figure.Without(QueueMetrics.OpenPositions, FigureState.Closed, dimensions);
        }

        // What the window saw stays true after closing time ("answered today: 212"); only a closed point with nothing
        // in the window reads as closed rather than as no data.
        var sawNothing = tally.Answered + tally.Abandoned + tally.Exited + tally.CalledVisitsEnded == 0;
        foreach (var figure in WindowFigures(tally, hasVisits, settings, dimensions))
        {
            var closedAndEmpty = !open && (figure.State == FigureState.NoData || (sawNothing && figure.MetricKey == QueueMetrics.Answered));
            yield return closedAndEmpty ? Figure.Without(figure.MetricKey, FigureState.Closed, dimensions, figure.Basis) : figure;
        }
    }

    private static IEnumerable<Figure> WindowFigures(GroupTally tally, bool hasVisits, QueueTimesSettings settings, IReadOnlyDictionary<string, string>? dimensions)
    {
        var waits = tally.AnsweredWaitSeconds.Order().ToList();
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
    }

    private static Figure Minutes(string metricKey, double? seconds, int basis, IReadOnlyDictionary<string, string>? dimensions) =>
        seconds is { } value
            ? Figure.Of(metricKey, value / SecondsPerMinute, dimensions, basis)
            : Figure.Without(metricKey, FigureState.NoData, dimensions, basis);

    private static Figure Percent(string metricKey, int part, int whole, IReadOnlyDictionary<string, string>? dimensions) =>
        whole == 0
            ? Figure.Without(metricKey, FigureState.NoData, dimensions, whole)
            : Figure.Of(metricKey, 100.0 * part / whole, dimensions, whole);
}
