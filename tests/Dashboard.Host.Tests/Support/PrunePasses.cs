using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Host.Tests.Support;

/// <summary>
/// A pruning background service under test: started on demand, each pass's count awaited in order (within
/// <see cref="Timeout"/>), stopped and disposed with the test.
/// </summary>
public sealed class PrunePasses : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Channel<int> _passes = Channel.CreateUnbounded<int>();
    private readonly BackgroundService _service;

    /// <param name="subscribe">Adds the given handler to the service's pass event.</param>
    public PrunePasses(BackgroundService service, Action<Action<int>> subscribe)
    {
        _service = service;
        subscribe(pruned => _passes.Writer.TryWrite(pruned));
    }

    public Task StartAsync() => _service.StartAsync(CancellationToken.None);

    /// <summary>How many items the next pass removed.</summary>
    public async Task<int> NextAsync() => await _passes.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    public void Dispose()
    {
        _service.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        _service.Dispose();
    }
}
