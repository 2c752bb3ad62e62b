using Dashboard.Hangfire.LiteDB;
using Dashboard.Host.Configuration;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Options;
using DashboardOptions = Dashboard.Host.Configuration.DashboardOptions;

namespace Dashboard.Host.Scheduling;

public static class HangfireServiceCollectionExtensions
{
    /// <summary>
    /// Registers the job storage as this host's own singleton rather than through Hangfire's global
    /// <c>JobStorage.Current</c>, so that two hosts in one process (tests) never share a storage.
    /// </summary>
    public static IServiceCollection AddDashboardHangfire(this IServiceCollection services)
    {
        services.AddSingleton<JobStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value;
            return options.JobStorage switch
            {
                JobStorageKind.InMemory => new InMemoryStorage(),
                _ => new LiteDbJobStorage(provider.GetRequiredService<DashboardPaths>().JobsDatabase),
            };
        });
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, server) =>
        {
            var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value;
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.SchedulePollingInterval;
            server.ServerName = $"dashboard:{Environment.MachineName}:{Environment.ProcessId}";
        });
        return services;
    }
}
