using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Figures;

/// <summary>Figures about handling: the open backlog and its age, reaction and resolution times, the service promise.</summary>
internal static class HandlingFigures
{
    private static readonly int[] AgeBucketStarts = [0, 3, 8, 31];

    /// <summary>
    /// Complaints open at the window's end, overall and per age: whole days (24-hour periods) since arrival, in the
    /// buckets <see cref="ComplaintMetrics.AgeBuckets"/>; every bucket is reported, empty ones as 0.
    /// </summary>
    public static IEnumerable<Figure> Backlog(IReadOnlyList<ComplaintView> complaints, FigureWindow window)
    {
        var open = complaints.Where(complaint => complaint.Closed is null).ToList();
        yield return Figure.Of(ComplaintMetrics.OpenComplaints, open.Count, basis: open.Count);
        var counts = new int[AgeBucketStarts.Length];
        foreach (var complaint in open)
        {
            var days = (int)Math.Floor((window.To - complaint.Received).TotalDays);
            counts[Array.FindLastIndex(AgeBucketStarts, start => days >= start)]++;
        }

        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            var dimensions = new Dictionary<string, string> { [ComplaintMetrics.AgeDimension] = ComplaintMetrics.AgeBuckets[bucket] };
            yield return Figure.Of(ComplaintMetrics.OpenComplaints, counts[bucket], dimensions, counts[bucket]);
        }
    }

    /// <summary>Median hours from arrival to the first reply, of the first replies given in the window.</summary>
    public static Figure MedianReaction(IReadOnlyList<ComplaintView> complaints, FigureWindow window) =>
        MedianOf(
            ComplaintMetrics.MedianReactionHours,
            complaints.Where(complaint => complaint.FirstReply >= window.From).Select(complaint => (complaint.FirstReply!.Value - complaint.Received).TotalHours));

    /// <summary>Median days from arrival to closing, of the complaints closed in the window.</summary>
    public static Figure MedianResolution(IReadOnlyList<ComplaintView> complaints, FigureWindow window) =>
        MedianOf(
            ComplaintMetrics.MedianResolutionDays,
            complaints.Where(complaint => complaint.Closed >= window.From).Select(complaint => (complaint.Closed!.Value - complaint.Received).TotalDays));

    /// <summary>
    /// Of the complaints whose promise was decided in the window (see <see cref="ServicePromise"/>), the share kept, in
    /// per cent; no data when none was decided.
    /// </summary>
    public static Figure AnsweredWithinPromise(IReadOnlyList<ComplaintView> complaints, FigureWindow window, ServicePromise promise)
    {
        var decided = complaints
            .Select(complaint => promise.Outcome(complaint, window.To))
            .Where(outcome => outcome?.DecidedAt >= window.From)
            .ToList();
        var kept = decided.Count(outcome => outcome!.Value.Kept);
        return decided.Count == 0
            ? Figure.Without(ComplaintMetrics.AnsweredWithinPromisePercent, FigureState.NoData, basis: 0)
            : Figure.Of(ComplaintMetrics.AnsweredWithinPromisePercent, 100.0 * kept / decided.Count, basis: decided.Count);
    }

    private static Figure MedianOf(string metric, IEnumerable<double> values)
    {
        var list = values.ToList();
        return Median.Of(list) is { } median
            ? Figure.Of(metric, median, basis: list.Count)
            : Figure.Without(metric, FigureState.NoData, basis: 0);
    }
}
