using Dashboard.Plugins.QueueTimes.Records;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>
/// Computes the figures of a window from the stored visits, calls and positions: per service point, per phone queue,
/// and overall. A pure read: the same records, window and settings always give the same figures.
/// </summary>
internal static class QueueFigureCalculator
{
    /// <summary>The figures of <paramref name="window"/>.</summary>
    public static IReadOnlyList<Figure> Compute(QueueTimesSettings settings, FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        var rules = new FigureWindowRules(window, settings);
        var groups = new Dictionary<GroupKey, GroupTally>();
        var listed = settings.ListedServicePoints().Select(name => new GroupKey(QueueMetrics.ServicePointDimension, name))
            .Concat(settings.ListedQueues().Select(name => new GroupKey(QueueMetrics.QueueDimension, name)))
            .ToList();
        foreach (var key in listed)
        {
            groups.TryAdd(key, new GroupTally());
        }

        foreach (var record in records.Where(record => record.Start is not null))
        {
            if (GroupOf(record) is not { } key)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var tally))
            {
                tally = new GroupTally();
                groups.Add(key, tally);
            }

            if (record.GetString(QueueFields.Kind) == RecordKinds.Position)
            {
                if (IsAvailable(record, rules.Now))
                {
                    tally.AddOpenPosition();
                }
            }
            else
            {
                tally.Add(QueueItem.At(record, rules.Now, rules.StaleAfter), rules, key.IsServicePoint ? rules.VisitTarget : rules.CallTarget);
            }
        }

        var ordered = listed.Distinct()
            .Concat(groups.Keys.Except(listed).OrderBy(key => key.Dimension, StringComparer.Ordinal).ThenBy(key => key.Name, StringComparer.Ordinal))
            .ToList();
        return Assemble(ordered, groups, settings, window);
    }

    private static List<Figure> Assemble(List<GroupKey> ordered, Dictionary<GroupKey, GroupTally> groups, QueueTimesSettings settings, FigureWindow window)
    {
        var countsPositions = settings.OpenState == OpenState.StaffingEvents;
        var figures = new List<Figure>();
        var overall = new GroupTally();
        var openPoints = 0;
        var waitingAtClosed = 0;
        foreach (var key in ordered)
        {
            var tally = groups[key];
            var open = IsOpen(settings, window, tally);
            var left = open ? 0 : tally.Waiting;
            figures.AddRange(FigureSet.For(tally, open, left, key.IsServicePoint, countsPositions, settings, key.Dimensions()));
            overall.Merge(tally);
            openPoints += open ? 1 : 0;
            waitingAtClosed += left;
        }

        var anyOpen = ordered.Count == 0 ? IsOpen(settings, window, overall) : openPoints > 0;
        // The overall no-show figure is always reported (no data without visits), so a wall tile never goes missing.
        figures.AddRange(FigureSet.For(overall, anyOpen, waitingAtClosed, hasVisits: true, countsPositions, settings, null));
        figures.Add(anyOpen
            ? Figure.Of(QueueMetrics.OpenServicePoints, openPoints, basis: ordered.Count)
            : Figure.Without(QueueMetrics.OpenServicePoints, FigureState.Closed, basis: ordered.Count));
        return figures;
    }

    private static GroupKey? GroupOf(SourceRecord record)
    {
        var servicePoint = record.GetString(QueueFields.ServicePoint);
        var queue = record.GetString(QueueFields.Queue);
        return (record.GetString(QueueFields.Kind), servicePoint, queue) switch
        {
            (RecordKinds.Visit or RecordKinds.Position, { } name, _) => new GroupKey(QueueMetrics.ServicePointDimension, name),
            (RecordKinds.Call or RecordKinds.Position, _, { } name) => new GroupKey(QueueMetrics.QueueDimension, name),
            _ => null,
        };
    }

    // A position holds its latest session: open since start, until end, unless paused before now.
    private static bool IsAvailable(SourceRecord record, DateTimeOffset now) =>
        record.Start < now
        && !(record.End < now)
        && !(record.GetTime(QueueFields.PausedSince) < now);

    private static bool IsOpen(QueueTimesSettings settings, FigureWindow window, GroupTally tally) => settings.OpenState switch
    {
        OpenState.StaffingEvents => tally.OpenPositions > 0,
        OpenState.OpeningHours => IsWithinHours(settings, TimeZoneInfo.ConvertTime(window.To, window.TimeZone)),
        _ => true,
    };

    private static bool IsWithinHours(QueueTimesSettings settings, DateTimeOffset local) =>
        local.TimeOfDay.TotalHours >= settings.OpensAtHour && local.TimeOfDay.TotalHours < settings.ClosesAtHour;
}
