using Microsoft.Extensions.Logging;

namespace Dashboard.Sdk.Testing;

/// <summary>A logger that records every message at every level, so a test can read what a plugin logged.</summary>
public sealed class TestLogger : ILogger
{
    private readonly Lock _gate = new();
    private readonly List<TestLogEntry> _entries = [];

    /// <summary>A snapshot of the messages logged so far, oldest first.</summary>
    public IReadOnlyList<TestLogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var entry = new TestLogEntry(logLevel, formatter(state, exception), exception);
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
