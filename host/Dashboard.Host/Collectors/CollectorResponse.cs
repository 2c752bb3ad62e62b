using System.Text.Json;

namespace Dashboard.Host.Collectors;

/// <summary>
/// A collector as the admin API shows it, with its next and last run, and why its figures last failed to compute (null
/// when the last computation worked).
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
    int? TimeoutSeconds,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc,
    DateTimeOffset? NextRunUtc,
    CollectorRunResponse? LastRun,
    string? FigureError);
