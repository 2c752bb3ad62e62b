namespace Dashboard.Host.Plugins;

/// <summary>
/// Runs plugin code off the caller's thread, behind a timeout that holds even when the plugin blocks its thread before
/// its first await (a synchronous read of a hung share). A call that overruns is abandoned: its late result or exception
/// is observed and discarded, never stored.
/// </summary>
public static class PluginCall
{
    /// <summary>The plugin's result, or <see cref="PluginTimeoutException"/> after <paramref name="timeout"/>.</summary>
    /// <exception cref="PluginTimeoutException">The plugin did not finish in time.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        // A thread of its own rather than the pool's: plugins that block would otherwise starve the pool, and a queued
        // call could time out before it even started.
        var running = Task.Factory.StartNew(() => call(timeoutSource.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        try
        {
            return await running.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException || (exception is OperationCanceledException && timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            throw new PluginTimeoutException(timeout, Abandon(running));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _ = Abandon(running);
            throw;
        }
    }

    /// <summary>Runs synchronous plugin code, such as a figure computation, the same way.</summary>
    public static Task<T> Run<T>(Func<T> call, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(_ => Task.FromResult(call()), timeout, cancellationToken);

    // Observes the abandoned task's exception so it never surfaces as an unobserved task exception; the returned task
    // completes when the plugin finally returns.
    private static Task Abandon(Task running) =>
        running.ContinueWith(static task => _ = task.Exception, TaskScheduler.Default);
}
