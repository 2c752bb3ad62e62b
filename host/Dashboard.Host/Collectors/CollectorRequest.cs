using System.Text.Json;

namespace Dashboard.Host.Collectors;

/// <summary>What an admin sends to create or replace a collector.</summary>
public sealed record CollectorRequest(
    string? Id,
    string? Name,
    string? PluginId,
    JsonElement? Settings,
    string? Cron,
    string? TimeZone,
    bool? Enabled,
    int? TimeoutSeconds,
    IReadOnlyList<string>? Windows = null);
