using Microsoft.Extensions.Options;

namespace Dashboard.Host.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The metric store (LiteDB by default), its retention settings and pruning, and the upgrade of old data folders.</summary>
    public static IServiceCollection AddDashboardMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricRetentionOptions>().Bind(configuration.GetSection(MetricRetentionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricRetentionOptions>, MetricRetentionValidator>();
        services.AddSingleton<LiteDbMetricStore>();
        services.AddSingleton<IMetricStore>(provider => provider.GetRequiredService<LiteDbMetricStore>());
        services.AddSingleton<LegacySampleConverter>();
        services.AddHostedService<LegacySampleUpgradeService>();
        services.AddHostedService<MetricRetentionService>();
        return services;
    }
}
