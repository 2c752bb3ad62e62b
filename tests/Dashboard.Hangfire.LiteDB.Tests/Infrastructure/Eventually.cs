using System.Diagnostics;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>
/// Polls a condition until it holds or a deadline passes. Only for effects of background maintenance
/// (expiry, aggregation), which raise no event a test could await.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<TimeSpan> TrueAsync(Func<bool> condition, TimeSpan timeout, string description)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, $"Not within {timeout}: {description}.");
            await Task.Delay(PollInterval);
        }

        return watch.Elapsed;
    }
}
