namespace Dashboard.Host.Collectors;

/// <summary>An admin's configured instance of a plugin, as stored in LiteDB.</summary>
public sealed class Collector
{
    /// <summary>Slug chosen by the admin; it prefixes the collector's metric keys.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string PluginId { get; set; } = "";

    /// <summary>The plugin settings as JSON, validated against the plugin's settings type on every save.</summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>Cron expression, five fields or six with seconds first.</summary>
    public string Cron { get; set; } = "*/5 * * * *";

    /// <summary>IANA time zone the cron expression is read in.</summary>
    public string TimeZone { get; set; } = "UTC";

    public bool Enabled { get; set; } = true;

    /// <summary>How long one collection may take; null uses the host default.</summary>
    public int? TimeoutSeconds { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
