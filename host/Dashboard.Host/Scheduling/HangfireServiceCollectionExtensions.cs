using Dashboard.Hangfire.LiteDB;
using Dashboard.Host.Configuration;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Microsoft.Extensions.Options;
using DashboardOptions = Dashboard.Host.Configuration.DashboardOptions;

namespace Dashboard.Host.Scheduling;

public static class HangfireServiceCollectionExtensions
{
    /// <summary>
    /// Registers the job storage and job activator as this host's own rather than Hangfire's process-wide
    /// <c>JobStorage.Current</c> and <c>JobActivator.Current</c>, so two hosts in one process (tests) never mix jobs.
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
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseLogProvider(new HostHangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, server) =>
        {
            var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value;
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.SchedulePollingInterval;
            server.ServerName = $"dashboard:{Environment.MachineName}:{Environment.ProcessId}";

            // Without this the server falls back to Hangfire's process-wide JobActivator.Current, which is the
            // container of whichever host configured Hangfire last.
            server.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        });
        return services;
    }
}
