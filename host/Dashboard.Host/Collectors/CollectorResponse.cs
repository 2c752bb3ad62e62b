using System.Text.Json;

namespace Dashboard.Host.Collectors;

/// <summary>
/// A collector as the admin API shows it, with its next and last run, and why its figures last failed to compute (null
/// when the last computation worked). <c>State</c> is one word for the collectors page: disabled, paused, failing,
/// waiting (never ran), pluginRemoved, backingOff or ok. <c>Backoff</c> says until when a failing collector's scheduled
/// runs are skipped, e.g. "backing off until 04:12 (UTC) after 5 failures".
/// </summary>
public sealed record CollectorResponse(
    string Id,
    string Name,
    string PluginId,
    JsonElement Settings,
    string Cron,
    string TimeZone,
    IReadOnlyList<string> Windows,
    bool Enabled,
    bool Paused,
    string State,
    string ScheduleDescription,
    int? TimeoutSeconds,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc,
    DateTimeOffset? NextRunUtc,
    CollectorRunResponse? LastRun,
    string? FigureError,
    string? Backoff);
