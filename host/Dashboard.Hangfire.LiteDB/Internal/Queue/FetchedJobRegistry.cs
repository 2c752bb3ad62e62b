using System.Collections.Concurrent;
using Dashboard.Hangfire.LiteDB.Internal.Writing;

namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>The jobs this process holds; a timer refreshes their fetch time (sliding invisibility).</summary>
internal sealed class FetchedJobRegistry : IDisposable
{
    private readonly ConcurrentDictionary<long, LiteDbFetchedJob> _held = new();
    private readonly SingleWriter _writer;
    private readonly Timer _keepAlive;

    public FetchedJobRegistry(SingleWriter writer, TimeSpan invisibilityTimeout)
    {
        _writer = writer;
        var period = TimeSpan.FromTicks(Math.Max(invisibilityTimeout.Ticks / 5, TimeSpan.FromMilliseconds(50).Ticks));
        _keepAlive = new Timer(_ => KeepAlive(), null, period, period);
    }

    public int Count => _held.Count;

    public bool IsHeld(long itemId) => _held.ContainsKey(itemId);

    public void Add(LiteDbFetchedJob job) => _held[job.ItemId] = job;

    public void Remove(LiteDbFetchedJob job) => _held.TryRemove(new KeyValuePair<long, LiteDbFetchedJob>(job.ItemId, job));

    public void Dispose() => _keepAlive.Dispose();

    private void KeepAlive()
    {
        var held = _held.Values.Select(job => (job.ItemId, job.Token)).ToList();
        if (held.Count == 0)
        {
            return;
        }

        try
        {
            _writer.Post(context => QueueWrites.KeepAlive(context, held));
        }
        catch (ObjectDisposedException)
        {
            // The storage is closing.
        }
    }
}
