using System.Diagnostics;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>
/// Asks a collector's plugin to try its source once (<see cref="IConnectionTester"/>), behind the collector's timeout
/// and an exception fence, so a dead upstream or a broken plugin is a readable failure, never a 500.
/// </summary>
public sealed class ConnectionTestRunner(CollectorPluginBinder binder, ILogger<ConnectionTestRunner> logger)
{
    public async Task<ConnectionTestResponse> TestAsync(Collector collector, TimeProvider time, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var plugin = binder.TryBind(collector, time, checkpoint: null, out var error);
        if (plugin is null)
        {
            return Result(false, error!);
        }

        if (plugin.Instance is not IConnectionTester tester)
        {
            return Result(false, $"Plugin '{plugin.Id}' cannot test its connection; run the collector now and read its run history instead.");
        }

        try
        {
            var check = await PluginCall.RunAsync(token => tester.TestConnectionAsync(plugin.Context, token), plugin.Timeout, cancellationToken);
            return Result(check.Succeeded, check.Message);
        }
        catch (PluginTimeoutException exception)
        {
            return Result(false, $"Plugin '{plugin.Id}' {exception.Message}; the source did not answer in time.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Connection test of collector {CollectorId} failed in plugin {PluginId}: {Error}", collector.Id, plugin.Id, exception.Message);
            return Result(false, $"Plugin '{plugin.Id}' failed: {exception.GetType().Name}: {exception.Message}");
        }

        ConnectionTestResponse Result(bool succeeded, string message) => new(succeeded, message, stopwatch.ElapsedMilliseconds);
    }
}
