using System.Diagnostics;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>
/// Distributed locks. Inside the process an in-memory table decides (re-entrant per owner, waiters woken on release);
/// a connection's lock is also a stored document with an owner and an expiry that a timer renews while it is held,
/// so a crashed process's lock frees itself. A transaction's lock lives only for one commit and stays in memory:
/// the data file is opened exclusively, so no other process can contend for it, and storing it would cost two
/// disk flushes per state change.
/// </summary>
internal sealed class DistributedLockManager : IDisposable
{
    private static readonly TimeSpan StoredLockPollInterval = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan MaxSingleWait = TimeSpan.FromMinutes(1);

    private readonly object _sync = new();
    private readonly Dictionary<string, HeldLock> _held = new(StringComparer.Ordinal);
    private readonly SingleWriter _writer;
    private readonly TimeSpan _lifetime;
    private readonly Timer _renewal;

    public DistributedLockManager(SingleWriter writer, TimeSpan lifetime)
    {
        _writer = writer;
        _lifetime = lifetime;
        var period = TimeSpan.FromTicks(Math.Max(lifetime.Ticks / 5, TimeSpan.FromMilliseconds(100).Ticks));
        _renewal = new Timer(_ => RenewStoredLocks(), null, period, period);
    }

    public IDisposable Acquire(string resource, object owner, string ownerId, TimeSpan timeout, bool stored)
    {
        var clock = Stopwatch.StartNew();
        if (!TryReserveInMemory(resource, owner, ownerId, timeout, clock, out var isReentry))
        {
            throw new DistributedLockTimeoutException(resource);
        }

        if (!stored || isReentry)
        {
            return new LockHandle(this, resource, owner);
        }

        while (!_writer.Execute(context => LockWrites.TryTake(context, resource, ownerId, _lifetime)))
        {
            var remaining = timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                ForgetInMemory(resource);
                throw new DistributedLockTimeoutException(resource);
            }

            Thread.Sleep(remaining < StoredLockPollInterval ? remaining : StoredLockPollInterval);
        }

        lock (_sync)
        {
            _held[resource].Stored = true;
        }

        return new LockHandle(this, resource, owner);
    }

    public void Release(string resource, object owner)
    {
        HeldLock held;
        lock (_sync)
        {
            if (!_held.TryGetValue(resource, out held!) || !ReferenceEquals(held.Owner, owner))
            {
                return;
            }

            held.Count--;
            if (held.Count > 0)
            {
                return;
            }
        }

        if (held.Stored)
        {
            try
            {
                _writer.Execute(context => LockWrites.Release(context, resource, held.OwnerId), waitsForDurability: false);
            }
            catch (ObjectDisposedException)
            {
                // The storage is closing; the stored lock expires on its own.
            }
        }

        ForgetInMemory(resource);
    }

    public void Dispose() => _renewal.Dispose();

    private bool TryReserveInMemory(string resource, object owner, string ownerId, TimeSpan timeout, Stopwatch clock, out bool isReentry)
    {
        lock (_sync)
        {
            while (_held.TryGetValue(resource, out var held))
            {
                if (ReferenceEquals(held.Owner, owner))
                {
                    held.Count++;
                    isReentry = true;
                    return true;
                }

                var remaining = timeout - clock.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    isReentry = false;
                    return false;
                }

                Monitor.Wait(_sync, remaining < MaxSingleWait ? remaining : MaxSingleWait);
            }

            _held[resource] = new HeldLock(owner, ownerId);
            isReentry = false;
            return true;
        }
    }

    private void ForgetInMemory(string resource)
    {
        lock (_sync)
        {
            _held.Remove(resource);
            Monitor.PulseAll(_sync);
        }
    }

    private void RenewStoredLocks()
    {
        List<(string, string)> stored;
        lock (_sync)
        {
            stored = _held.Where(pair => pair.Value.Stored).Select(pair => (pair.Key, pair.Value.OwnerId)).ToList();
        }

        if (stored.Count == 0)
        {
            return;
        }

        try
        {
            _ = _writer.Post(context => LockWrites.Renew(context, stored, _lifetime));
        }
        catch (ObjectDisposedException)
        {
            // The storage is closing.
        }
    }
}
