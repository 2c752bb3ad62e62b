namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Where a scheduled read takes complaints from. Pushed input (CSV or Open311 JSON) is accepted whatever the source.</summary>
public enum ComplaintSource
{
    /// <summary>A simulated Open311 server inside the plugin; needs no settings, so a fresh start shows a living wall.</summary>
    Demo,

    /// <summary>An Open311 GeoReport v2 server's <c>requests.json</c>, polled from the checkpoint.</summary>
    Open311,

    /// <summary>CSV exports of a complaint system in a folder, read incrementally from the checkpoint.</summary>
    CsvFolder,
}
