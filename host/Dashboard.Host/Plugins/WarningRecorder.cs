using System.Collections.Concurrent;

namespace Dashboard.Host.Plugins;

/// <summary>
/// The logger a plugin gets for one run or push: it passes everything on to the host's log and keeps what the plugin
/// reports at Warning level or above, so the warnings are kept with the run for admins, not only in the host's log.
/// </summary>
public sealed class WarningRecorder(ILogger inner) : ILogger
{
    /// <summary>How many warnings one run keeps; a plugin warning per line of a huge file would otherwise fill the store.</summary>
    public const int MaxKept = 20;

    private readonly ConcurrentQueue<string> _warnings = new();

    /// <summary>The warnings so far, oldest first, at most <see cref="MaxKept"/>.</summary>
    public IReadOnlyList<string> Warnings => [.. _warnings];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (logLevel >= LogLevel.Warning && logLevel != LogLevel.None && _warnings.Count < MaxKept)
        {
            var message = formatter(state, exception);
            _warnings.Enqueue(exception is null ? message : $"{message} ({exception.GetType().Name}: {exception.Message})");
        }
    }
}
