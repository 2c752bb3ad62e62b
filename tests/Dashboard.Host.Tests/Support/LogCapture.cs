using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Tests.Support;

/// <summary>The host's log as a test reads it: every entry kept, and a wait for one that matches.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly SemaphoreSlim _written = new(0);

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public async Task<CapturedLog> WaitForAsync(Func<CapturedLog, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_entries.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _written.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching log entry within {timeout.TotalSeconds} s.");
            }
        }
    }

    // The logger factory disposes its providers while the host stops, and late log lines may still arrive; the
    // semaphore holds no OS handle unless one is asked for, so it is left to the garbage collector.
    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        _entries.Enqueue(entry);
        _written.Release();
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Add(new CapturedLog(category, logLevel, formatter(state, exception)));
    }
}
