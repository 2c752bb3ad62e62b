using System.Text.Json;

namespace Dashboard.Host.Collectors;

public static class CollectorMapper
{
    public static CollectorResponse ToResponse(Collector collector, CollectorRun? run, DateTimeOffset now) => new(
        collector.Id,
        collector.Name,
        collector.PluginId,
        JsonDocument.Parse(collector.SettingsJson).RootElement,
        collector.Cron,
        collector.TimeZone,
        collector.Windows,
        collector.Enabled,
        collector.Paused,
        StateOf(collector, run, now),
        Scheduling.CronDescriber.Describe(collector.Cron),
        collector.TimeoutSeconds,
        AsUtc(collector.CreatedUtc),
        AsUtc(collector.UpdatedUtc),
        CollectorSchedule.NextRun(collector, now),
        run is not { LastRunUtcTicks: > 0 } ? null : new CollectorRunResponse(
            new DateTimeOffset(run.LastRunUtcTicks, TimeSpan.Zero),
            run.LastError is null,
            run.LastError,
            run.LastSampleCount,
            run.LastDurationMilliseconds,
            run.LastSuccessUtcTicks is { } success ? new DateTimeOffset(success, TimeSpan.Zero) : null,
            run.RecordsNew,
            run.RecordsUpdated,
            run.RecordsDuplicate,
            run.LinesSkipped,
            run.Problems,
            run.Warnings),
        run?.FigureError,
        CollectorBackoff.Describe(run, collector.FindTimeZone(), now));

    public static string StateOf(Collector collector, CollectorRun? run, DateTimeOffset now) => (collector, run) switch
    {
        ({ Enabled: false }, _) => "disabled",
        ({ Paused: true }, _) => "paused",
        (_, { PluginRemoved: true }) => "pluginRemoved",
        (_, { BackoffUntilUtcTicks: { } until }) when until > now.UtcTicks => "backingOff",
        (_, { } last) when last.ShownError() is not null => "failing",
        (_, null or { LastRunUtcTicks: 0 }) => "waiting",
        _ => "ok",
    };

    // LiteDB hands DateTime back in local time.
    private static DateTimeOffset AsUtc(DateTime stored) => new(stored.ToUniversalTime(), TimeSpan.Zero);
}
