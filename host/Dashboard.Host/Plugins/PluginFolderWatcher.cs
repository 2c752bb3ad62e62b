using Dashboard.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Plugins;

/// <summary>
/// Keeps the plugin catalog in step with the plugins folder while the host runs: a file-system event starts a rescan,
/// and a rescan runs every <see cref="DashboardOptions.PluginRescanInterval"/> anyway, because watchers miss events
/// on some file systems (network shares, container volumes).
/// </summary>
public sealed class PluginFolderWatcher(PluginCatalog catalog, DashboardPaths paths, IOptions<DashboardOptions> options, ILogger<PluginFolderWatcher> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                watcher ??= TryWatch();
                await _changed.WaitAsync(options.Value.PluginRescanInterval, stoppingToken);
                while (_changed.Wait(0))
                {
                    // One rescan answers every event so far.
                }

                await RescanAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _changed.Dispose();
    }

    private async Task RescanAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catalog.RescanAsync(options.Value.PluginSettleTime, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Scanning the plugins folder {PluginsDirectory} failed; the next scan tries again", paths.PluginsDirectory);
        }
    }

    private FileSystemWatcher? TryWatch()
    {
        if (!Directory.Exists(paths.PluginsDirectory))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(paths.PluginsDirectory) { IncludeSubdirectories = true };
        watcher.Created += (_, _) => _changed.Release();
        watcher.Changed += (_, _) => _changed.Release();
        watcher.Deleted += (_, _) => _changed.Release();
        watcher.Renamed += (_, _) => _changed.Release();
        watcher.Error += (_, _) => _changed.Release();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
