using Dashboard.Host.Configuration;
using Dashboard.Host.Ingest;

namespace Dashboard.Host.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The record store, its retention, the collectors' ingest keys and the limit on pushes.</summary>
    public static IServiceCollection AddDashboardRecords(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>()
            .Validate(options => options.RecordRetentionDays is >= 1 and <= 36_500, "Dashboard:RecordRetentionDays must be between 1 and 36500 days.")
            .Validate(options => options.RecordPruneInterval >= TimeSpan.FromSeconds(1) && options.RecordPruneInterval <= TimeSpan.FromDays(7), "Dashboard:RecordPruneInterval must be between 00:00:01 and 7.00:00:00.")
            .Validate(options => options.MaxIngestBodyBytes is >= 1_024 and <= int.MaxValue, $"Dashboard:MaxIngestBodyBytes must be between 1024 and {int.MaxValue} bytes.")
            .Validate(options => options.IngestRequestsPerMinute is >= 1 and <= 1_000_000, "Dashboard:IngestRequestsPerMinute must be between 1 and 1000000.");
        services.AddSingleton<IRecordStore, LiteDbRecordStore>();
        services.AddSingleton<IngestKeyStore>();
        services.AddSingleton<EventIngestor>();
        services.AddRateLimiter(options => options.AddPolicy<string, IngestRateLimitPolicy>(IngestRateLimitPolicy.PolicyName));
        services.AddHostedService<RecordRetentionService>();
        return services;
    }
}
