using System.Diagnostics;
using Dashboard.Host.Plugins;

namespace Dashboard.Host.Tests.Plugins;

public sealed class PluginCallTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task RunAsync_PluginBlocksItsThreadBeforeAnyAwait_FailsAtTheLimitAndReportsWhenTheCallReturns()
    {
        using var release = new ManualResetEventSlim();
        var stopwatch = Stopwatch.StartNew();

        var timeout = await Assert.ThrowsAsync<PluginTimeoutException>(() => PluginCall.RunAsync<int>(_ =>
        {
            release.Wait();
            return Task.FromResult(42);
        }, Limit, CancellationToken.None));
        var failedAfter = stopwatch.Elapsed;
        release.Set();
        await timeout.Abandoned.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(failedAfter < TimeSpan.FromSeconds(5), $"Took {failedAfter}");
        Assert.Equal(Limit, timeout.Timeout);
        Assert.Equal("did not finish within 0.3 s", timeout.Message);
    }

    [Fact]
    public async Task Run_SynchronousCodeThatThrows_PassesTheExceptionOn()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PluginCall.Run<int>(() => throw new InvalidOperationException("bad figure"), Limit, CancellationToken.None));

        Assert.Equal("bad figure", error.Message);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ThrowsCancellationNotTimeout()
    {
        using var release = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var call = PluginCall.RunAsync<int>(_ =>
        {
            release.Wait();
            return Task.FromResult(1);
        }, TimeSpan.FromMinutes(1), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        release.Set();
    }
}
