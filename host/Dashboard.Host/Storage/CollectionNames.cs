namespace Dashboard.Host.Storage;

public static class CollectionNames
{
    public const string Samples = "samples";
    public const string LastValues = "last_values";
    public const string Collectors = "collectors";
    public const string CollectorRuns = "collector_runs";
}
