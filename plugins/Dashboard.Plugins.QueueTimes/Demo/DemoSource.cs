using System.Globalization;
using System.Text;
using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Plugins.QueueTimes.QueueLog;
using Dashboard.Plugins.QueueTimes.Visits;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Demo;

/// <summary>
/// The demo source: generates, from the checkpoint up to now (at most the last six hours), the visit events of a
/// simulated queue system as JSON and the queue_log lines of a simulated phone queue, and reads them with the real
/// parsers. The same collector and time always give the same events and ids, so re-reading changes nothing.
/// </summary>
internal static class DemoSource
{
    /// <summary>How far back the demo generates on a first read or after a long pause.</summary>
    public static readonly TimeSpan LongestBackfill = TimeSpan.FromHours(6);

    /// <summary>How the demo's visit events are named in problems.</summary>
    public const string VisitSource = "demo queue system";

    /// <summary>How the demo's queue_log is named in problems.</summary>
    public const string QueueLogSource = "demo queue_log";

    /// <summary>Generates and reads everything that happened after the checkpoint.</summary>
    public static RecordBatch Read(CollectContext context, QueueTimesSettings settings)
    {
        var now = context.Time.GetUtcNow();
        var earliest = now - LongestBackfill;
        var after = DateTimeOffset.TryParse(context.Checkpoint, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var stored) && stored > earliest
            ? stored
            : earliest;
        var visits = Events(context, settings, after, now, "visits", settings.ListedServicePoints(), DemoQueueSystem.Day);
        var calls = Events(context, settings, after, now, "calls", settings.ListedQueues(), DemoPhoneLine.Day);

        var tally = new InputTally();
        VisitJsonParser.ParseJson(Encoding.UTF8.GetBytes($"[{string.Join(",", visits)}]"), VisitSource, context.TimeZone, tally);
        QueueLogTextParser.Parse(string.Join("\n", calls), 1, QueueLogSource, tally);
        tally.Log(context.Logger, "demo");
        return tally.ToBatch(now.ToString("O", CultureInfo.InvariantCulture));
    }

    private static List<string> Events(
        CollectContext context,
        QueueTimesSettings settings,
        DateTimeOffset after,
        DateTimeOffset now,
        string stream,
        IReadOnlyList<string> names,
        Func<DemoDay, string, IEnumerable<DemoEntity>> simulate)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, context.TimeZone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, context.TimeZone).DateTime);
        var events = new List<(DateTimeOffset Time, string Text)>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            foreach (var name in names)
            {
                var day = new DemoDay(context.CollectorId, stream, name, date, settings, context.TimeZone);
                events.AddRange(simulate(day, name)
                    .Where(entity => entity.Overlaps(after, now))
                    .SelectMany(entity => entity.Events.Where(item => item.Time <= now)));
            }
        }

        return [.. events.OrderBy(item => item.Time).Select(item => item.Text)];
    }
}
