using System.Globalization;
using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>Helpers the queue-times tests share: harnesses, queue_log lines, windows and figure look-ups.</summary>
internal static class QueueTimesKit
{
    /// <summary>Monday 2 March 2026 at 10:00 in Helsinki (08:00 UTC), the instant most scenarios are seen from.</summary>
    public static readonly DateTimeOffset MondayTen = LocalClock.MondayAt(10);

    /// <summary>Push-only settings: nothing is read on schedule, staffing events decide open and closed.</summary>
    public const string PushSettings = """{ "source": "push" }""";

    public static TimeZoneInfo Helsinki { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static RecordPluginHarness<QueueTimesPlugin> Harness(DateTimeOffset? now = null, string collectorId = "queues") =>
        new(collectorId, now ?? MondayTen);

    /// <summary>One queue_log line at <paramref name="time"/>.</summary>
    public static string Line(DateTimeOffset time, string callId, string queue, string agent, string name, params string[] parameters) =>
        string.Join('|', [time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), callId, queue, agent, name, .. parameters]);

    /// <summary>A member logged in to <paramref name="queue"/> at <paramref name="time"/>, so the queue is staffed.</summary>
    public static string Staffed(DateTimeOffset time, string queue = "support", string agent = "PJSIP/1001") =>
        Line(time, "NONE", queue, agent, "ADDMEMBER", "");

    /// <summary>The window from <paramref name="from"/> to <paramref name="to"/>, in Helsinki.</summary>
    public static FigureWindow Window(DateTimeOffset from, DateTimeOffset to, string id = "test") =>
        new() { Id = id, From = from, To = to, TimeZone = Helsinki };

    public static Figure Overall(this IReadOnlyList<Figure> figures, string metricKey) =>
        Assert.Single(figures, figure => figure.MetricKey == metricKey && figure.Dimensions is not { Count: > 0 });

    public static Figure For(this IReadOnlyList<Figure> figures, string metricKey, string dimension, string name) =>
        Assert.Single(figures, figure => figure.MetricKey == metricKey
            && figure.Dimensions is { Count: 1 } dimensions
            && dimensions.GetValueOrDefault(dimension) == name);

    public static SourceRecord Record(this RecordPluginHarness<QueueTimesPlugin> harness, string id) =>
        Assert.Single(harness.Records, record => record.Id == id);

    /// <summary>Every record with every field, as text, for comparing two stores.</summary>
    public static IReadOnlyList<string> Snapshot(this RecordPluginHarness<QueueTimesPlugin> harness) =>
    [
        .. harness.Records.OrderBy(record => record.Id, StringComparer.Ordinal).Select(record =>
            $"{record.Id}: " + string.Join("; ", record.Fields.OrderBy(field => field.Key, StringComparer.Ordinal).Select(field => $"{field.Key}={Text(field.Value)}"))),
    ];

    /// <summary>A fresh temporary folder for one test.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "queue-times-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
