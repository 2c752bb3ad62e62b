using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Figures;

/// <summary>Figures about arrivals: new complaints per day, the change from a week earlier, and the top categories.</summary>
internal static class VolumeFigures
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>
    /// Complaints received in the window. A window of up to 24 hours ("today", "60m") reports the count; a longer one
    /// the count divided by the local calendar days it touches, the current partial day included (a "7d" window of the
    /// last seven local days divides by 7).
    /// </summary>
    public static Figure NewPerDay(IReadOnlyList<ComplaintView> complaints, FigureWindow window)
    {
        var count = complaints.Count(complaint => complaint.ArrivedIn(window.From, window.To));
        var days = window.To - window.From <= Day
            ? 1
            : LocalTimes.DateOf(window.To.AddTicks(-1), window.TimeZone).DayNumber - LocalTimes.DateOf(window.From, window.TimeZone).DayNumber + 1;
        return Figure.Of(ComplaintMetrics.NewComplaintsPerDay, (double)count / days, basis: count);
    }

    /// <summary>
    /// New complaints in the window against the same local-time span seven local days earlier (so "today until 10:00"
    /// is compared with the same weekday until 10:00, across a change of daylight saving time too), in per cent; no
    /// data when the earlier span had none, since no percentage of zero exists.
    /// </summary>
    public static Figure ChangeFromWeekEarlier(IReadOnlyList<ComplaintView> complaints, FigureWindow window)
    {
        var current = complaints.Count(complaint => complaint.ArrivedIn(window.From, window.To));
        var earlierFrom = LocalTimes.ShiftLocalDays(window.From, -7, window.TimeZone);
        var earlierTo = LocalTimes.ShiftLocalDays(window.To, -7, window.TimeZone);
        var earlier = complaints.Count(complaint => complaint.ArrivedIn(earlierFrom, earlierTo));
        return earlier == 0
            ? Figure.Without(ComplaintMetrics.NewComplaintsChangePercent, FigureState.NoData, basis: current)
            : Figure.Of(ComplaintMetrics.NewComplaintsChangePercent, 100.0 * (current - earlier) / earlier, basis: current);
    }

    /// <summary>
    /// The <paramref name="top"/> categories with the most complaints received in the window (ties in name order), one
    /// figure each, and an overall figure counting every complaint received in the window.
    /// </summary>
    public static IEnumerable<Figure> TopCategories(IReadOnlyList<ComplaintView> complaints, FigureWindow window, int top)
    {
        var received = complaints.Where(complaint => complaint.ArrivedIn(window.From, window.To)).ToList();
        yield return Figure.Of(ComplaintMetrics.ComplaintsByCategory, received.Count, basis: received.Count);
        var categories = received
            .GroupBy(complaint => complaint.Category, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(top);
        foreach (var category in categories)
        {
            var dimensions = new Dictionary<string, string> { [ComplaintMetrics.CategoryDimension] = category.Key };
            yield return Figure.Of(ComplaintMetrics.ComplaintsByCategory, category.Count(), dimensions, category.Count());
        }
    }
}
