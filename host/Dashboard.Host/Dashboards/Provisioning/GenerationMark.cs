namespace Dashboard.Host.Dashboards.Provisioning;

/// <summary>Says that the collector with this id got its generated dashboards.</summary>
public sealed class GenerationMark
{
    public string Id { get; set; } = "";
}
