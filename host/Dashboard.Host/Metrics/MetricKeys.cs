namespace Dashboard.Host.Metrics;

/// <summary>Collectors qualify their plugin's metric keys, so two collectors of one plugin never share a series.</summary>
public static class MetricKeys
{
    public static string Qualify(string collectorId, string pluginMetricKey) => collectorId + "." + pluginMetricKey;

    public static string CollectorOf(string qualifiedMetricKey)
    {
        var dot = qualifiedMetricKey.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? "" : qualifiedMetricKey[..dot];
    }
}
