namespace Dashboard.Host.Dashboards;

/// <summary>A dashboard as kept in LiteDB: the validated document as JSON, with what lists and fan-out need beside it.</summary>
public sealed class StoredDashboard
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public int TileCount { get; set; }

    /// <summary>The document without host fields, serialised with <see cref="DashboardJson.Options"/>.</summary>
    public string Json { get; set; } = "{}";

    public DashboardOrigin Origin { get; set; }

    /// <summary>The file a provisioned dashboard was read from.</summary>
    public string? ProvisionedFile { get; set; }

    /// <summary>The collector a generated dashboard was made for.</summary>
    public string? GeneratedFor { get; set; }

    /// <summary>The collectors its tiles show, so that a collector's news reaches only the screens that show it.</summary>
    public List<string> CollectorIds { get; set; } = [];

    public long UpdatedUtcTicks { get; set; }
}
