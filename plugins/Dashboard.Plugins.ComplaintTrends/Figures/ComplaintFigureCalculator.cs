using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Figures;

/// <summary>Every figure of one window, from the complaints as they stood at the window's end.</summary>
internal static class ComplaintFigureCalculator
{
    /// <summary>
    /// Seven days for the week-earlier comparison, plus a day for a daylight saving change and a window that starts
    /// before midnight. Open complaints, however old, are always handed over by the host.
    /// </summary>
    public static readonly TimeSpan HistoryNeeded = TimeSpan.FromDays(8);

    /// <summary>The figures of <paramref name="window"/>.</summary>
    public static IReadOnlyList<Figure> Compute(ComplaintTrendsSettings settings, FigureWindow window, IEnumerable<SourceRecord> records)
    {
        var complaints = ComplaintView.At(records, window.To);
        var promise = new ServicePromise(settings.PromiseWorkingDays, window.TimeZone);
        return
        [
            VolumeFigures.NewPerDay(complaints, window),
            .. HandlingFigures.Backlog(complaints, window),
            HandlingFigures.MedianReaction(complaints, window),
            HandlingFigures.MedianResolution(complaints, window),
            HandlingFigures.AnsweredWithinPromise(complaints, window, promise),
            VolumeFigures.ChangeFromWeekEarlier(complaints, window),
            .. VolumeFigures.TopCategories(complaints, window, settings.TopCategories),
        ];
    }
}
