using Dashboard.Host.Configuration;
using Dashboard.Host.Ingest;

namespace Dashboard.Host.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The record store, its retention and the collectors' ingest keys.</summary>
    public static IServiceCollection AddDashboardRecords(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>()
            .Validate(options => options.RecordRetentionDays is >= 1 and <= 36_500, "Dashboard:RecordRetentionDays must be between 1 and 36500 days.")
            .Validate(options => options.RecordPruneInterval > TimeSpan.Zero, "Dashboard:RecordPruneInterval must be positive.")
            .Validate(options => options.MaxIngestBodyBytes is >= 1_024 and <= int.MaxValue, $"Dashboard:MaxIngestBodyBytes must be between 1024 and {int.MaxValue} bytes.");
        services.AddSingleton<IRecordStore, LiteDbRecordStore>();
        services.AddSingleton<IngestKeyStore>();
        services.AddSingleton<EventIngestor>();
        services.AddHostedService<RecordRetentionService>();
        return services;
    }
}
