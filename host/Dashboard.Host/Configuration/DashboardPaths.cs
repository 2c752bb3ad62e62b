using Microsoft.Extensions.Options;

namespace Dashboard.Host.Configuration;

/// <summary>The resolved, absolute folders the host works in.</summary>
public sealed class DashboardPaths
{
    public DashboardPaths(IOptions<DashboardOptions> options, IHostEnvironment environment)
    {
        var settings = options.Value;
        DataDirectory = Path.GetFullPath(settings.DataDirectory, environment.ContentRootPath);
        PluginsDirectory = string.IsNullOrWhiteSpace(settings.PluginsDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "plugins")
            : Path.GetFullPath(settings.PluginsDirectory, environment.ContentRootPath);
        DashboardsDirectory = string.IsNullOrWhiteSpace(settings.DashboardsDirectory)
            ? Path.Combine(DataDirectory, "dashboards")
            : Path.GetFullPath(settings.DashboardsDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string PluginsDirectory { get; }

    /// <summary>The provisioning folder of dashboard files.</summary>
    public string DashboardsDirectory { get; }

    public string MetricsDatabase => Path.Combine(DataDirectory, "dashboard.db");

    public string JobsDatabase => Path.Combine(DataDirectory, "jobs.db");
}
