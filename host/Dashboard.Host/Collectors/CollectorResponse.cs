using System.Text.Json;

namespace Dashboard.Host.Collectors;

/// <summary>A collector as the admin API shows it, with its next and last run.</summary>
public sealed record CollectorResponse(
    string Id,
    string Name,
    string PluginId,
    JsonElement Settings,
    string Cron,
    string TimeZone,
    bool Enabled,
    int? TimeoutSeconds,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc,
    DateTimeOffset? NextRunUtc,
    CollectorRunResponse? LastRun);
