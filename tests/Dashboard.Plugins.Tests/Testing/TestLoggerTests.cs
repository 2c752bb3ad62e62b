using Dashboard.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Tests.Testing;

public sealed class TestLoggerTests
{
    [Fact]
    public void Log_SeveralMessages_RecordsThemInOrderWithLevelAndException()
    {
        var logger = new TestLogger();
        var failure = new InvalidOperationException("boom");

        logger.LogDebug("Read {Count} rows", 3);
        logger.LogError(failure, "Source {Source} failed", "demo");

        Assert.Equal(
            [new TestLogEntry(LogLevel.Debug, "Read 3 rows", null), new TestLogEntry(LogLevel.Error, "Source demo failed", failure)],
            logger.Entries);
    }

    [Fact]
    public void IsEnabled_EveryLevelButNone_IsTrue()
    {
        var logger = new TestLogger();

        Assert.True(logger.IsEnabled(LogLevel.Trace));
        Assert.False(logger.IsEnabled(LogLevel.None));
    }

    [Fact]
    public async Task Log_FromParallelThreads_KeepsEveryMessage()
    {
        var logger = new TestLogger();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                logger.LogInformation("Worker {Worker} message {Index}", worker, i);
            }
        })));

        Assert.Equal(800, logger.Entries.Count);
    }
}
