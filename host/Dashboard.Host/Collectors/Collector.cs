namespace Dashboard.Host.Collectors;

/// <summary>An admin's configured instance of a plugin, as stored in LiteDB.</summary>
public sealed class Collector
{
    public static readonly IReadOnlyList<string> DefaultWindows = ["today", "60m", "7d"];

    /// <summary>Slug chosen by the admin; it prefixes the collector's metric keys.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string PluginId { get; set; } = "";

    /// <summary>The plugin settings as JSON, validated against the plugin's settings type on every save.</summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>The secret settings, encrypted with Data Protection; <see cref="SettingsJson"/> shows a mask in their place.</summary>
    public string? ProtectedSecrets { get; set; }

    /// <summary>Cron expression, five fields or six with seconds first.</summary>
    public string Cron { get; set; } = "*/5 * * * *";

    public const string DefaultTimeZone = "Europe/Helsinki";

    /// <summary>IANA time zone the cron expression is read in, and the local days of figures are counted in.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>The windows figures are computed over (see <see cref="Figures.WindowSpec"/>); the first is the wall's.</summary>
    public List<string> Windows { get; set; } = [.. DefaultWindows];

    public bool Enabled { get; set; } = true;

    /// <summary>Paused by an admin: schedule and settings are kept, but no recurring job runs until it is resumed.</summary>
    public bool Paused { get; set; }

    /// <summary>How long one collection may take; null uses the host default.</summary>
    public int? TimeoutSeconds { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public TimeZoneInfo FindTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IReadOnlyList<Figures.WindowSpec> WindowSpecs() => Windows.Select(Figures.WindowSpec.Parse).ToList();
}
