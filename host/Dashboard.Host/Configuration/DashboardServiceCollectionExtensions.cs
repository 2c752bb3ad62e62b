using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Host.Collectors;
using Dashboard.Host.Dashboards;
using Dashboard.Host.Figures;
using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Host.Records;
using Dashboard.Host.Runs;
using Dashboard.Host.Scheduling;
using Dashboard.Host.Security;
using Dashboard.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Host.Configuration;

public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName)).ValidateOnStart()
            .Validate(options => options.WorkerCount is >= 1 and <= 100, "Dashboard:WorkerCount must be between 1 and 100.")
            .Validate(options => options.DefaultCollectionTimeout > TimeSpan.Zero, "Dashboard:DefaultCollectionTimeout must be positive.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.DataDirectory), "Dashboard:DataDirectory must name a folder.")
            .Validate(options => options.PluginSettleTime >= TimeSpan.Zero, "Dashboard:PluginSettleTime must not be negative.")
            .Validate(options => options.PluginRescanInterval > TimeSpan.Zero, "Dashboard:PluginRescanInterval must be positive.")
            .Validate(options => options.RunHistoryDays is >= 1 and <= 3_650, "Dashboard:RunHistoryDays must be between 1 and 3650.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DashboardPaths>();
        services.AddSingleton<DashboardDatabase>();
        services.AddDashboardMetrics(configuration);
        services.AddSingleton<PluginFolderLoader>();
        services.AddSingleton<PluginCatalog>();
        services.AddSingleton<CollectorChangeFeed>();
        services.AddSingleton<CollectorSecrets>();
        services.AddSingleton<CollectorRepository>();
        services.AddSingleton<CollectorValidator>();
        services.AddSingleton<CollectorPluginBinder>();
        services.AddSingleton<CollectionRunner>();
        services.AddSingleton<CollectorJobScheduler>();
        services.AddSingleton<DemoCollectorSeeder>();
        services.AddSingleton<LivePublisher>();
        services.AddSingleton<RunHistoryStore>();
        services.AddSingleton<CollectorRunGate>();
        services.AddSingleton<ConnectionTestRunner>();
        services.AddSingleton<SettingsSchemaBuilder>();
        services.AddHostedService<RunHistoryRetentionService>();
        services.AddTransient<CollectJob>();
        services.AddHostedService<StartupService>();
        services.AddHostedService<PluginFolderWatcher>();
        services.AddFigures();
        services.AddDashboards();
        services.AddDashboardRecords();

        var enumsAsCamelCaseStrings = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(enumsAsCamelCaseStrings));
        services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(enumsAsCamelCaseStrings));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddExceptionHandler<UnreadableBodyHandler>();

        // In every environment an unreadable body reaches UnreadableBodyHandler, which names the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddHealthChecks().AddCheck<DashboardHealthCheck>("dashboard");
        services.AddDashboardHangfire();
        services.AddDashboardSecurity(configuration);
        return services;
    }
}
