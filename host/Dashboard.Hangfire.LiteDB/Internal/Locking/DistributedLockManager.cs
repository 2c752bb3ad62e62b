using System.Diagnostics;
using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>
/// Distributed locks. The data file is opened exclusively, so every live contender is in this process: an in-memory
/// table decides (re-entrant per owner, waiters woken on release, <see cref="DistributedLockTimeoutException"/> on
/// timeout). A connection's lock that is held past the first renewal tick (at most a second) is also recorded as a
/// stored document with owner and expiry, renewed by that timer while held and deleted on release; the documents a
/// crashed process left behind are loaded at start and honoured until they expire. Hangfire takes a connection lock
/// around every state change for a few milliseconds: recording those would add four writes per job, and a lock
/// whose holder crashed within that second had no live holder to protect anyway.
/// </summary>
internal sealed class DistributedLockManager : IDisposable
{
    private static readonly TimeSpan StoredLockPollInterval = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan MaxSingleWait = TimeSpan.FromMinutes(1);

    private readonly object _sync = new();
    private readonly Dictionary<string, HeldLock> _held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _inheritedExpiry = new(StringComparer.Ordinal);
    private readonly SingleWriter _writer;
    private readonly TimeSpan _lifetime;
    private readonly Timer _renewal;

    public DistributedLockManager(StorageDatabase database, SingleWriter writer, TimeSpan lifetime)
    {
        foreach (var stale in database.Locks.FindAll())
        {
            _inheritedExpiry[stale.Id] = stale.ExpireAt;
        }

        _writer = writer;
        _lifetime = lifetime;
        var period = TimeSpan.FromTicks(Math.Clamp(lifetime.Ticks / 5, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(1).Ticks));
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

        if (!WaitForInheritedExpiry(resource, timeout, clock))
        {
            ForgetInMemory(resource);
            throw new DistributedLockTimeoutException(resource);
        }

        lock (_sync)
        {
            _held[resource].Stored = true;
        }

        return new LockHandle(this, resource, owner);
    }

    public void Release(string resource, object owner)
    {
        lock (_sync)
        {
            if (!_held.TryGetValue(resource, out var held) || !ReferenceEquals(held.Owner, owner))
            {
                return;
            }

            held.Count--;
            if (held.Count > 0)
            {
                return;
            }

            // Posted under the lock, so a renewal of this lock can never be queued after its deletion.
            if (held.Recorded)
            {
                PostQuietly(context => LockWrites.Release(context, resource, held.OwnerId));
            }

            _held.Remove(resource);
            Monitor.PulseAll(_sync);
        }
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
        lock (_sync)
        {
            var stored = _held.Where(pair => pair.Value.Stored).ToList();
            if (stored.Count == 0)
            {
                return;
            }

            stored.ForEach(pair => pair.Value.Recorded = true);
            var records = stored.Select(pair => (pair.Key, pair.Value.OwnerId)).ToList();
            PostQuietly(context => LockWrites.Renew(context, records, _lifetime));
        }
    }

    /// <summary>A lock left by a crashed process is honoured until its expiry (its holder can no longer renew it).</summary>
    private bool WaitForInheritedExpiry(string resource, TimeSpan timeout, Stopwatch clock)
    {
        long expireAt;
        lock (_sync)
        {
            if (!_inheritedExpiry.TryGetValue(resource, out expireAt))
            {
                return true;
            }
        }

        while (DateTime.UtcNow.Ticks < expireAt)
        {
            var remaining = timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            var untilExpiry = TimeSpan.FromTicks(expireAt - DateTime.UtcNow.Ticks);
            var nap = remaining < untilExpiry ? remaining : untilExpiry;
            Thread.Sleep(nap < StoredLockPollInterval ? nap : StoredLockPollInterval);
        }

        lock (_sync)
        {
            _inheritedExpiry.Remove(resource);
        }

        return true;
    }

    private void PostQuietly(Action<WriteContext> write)
    {
        try
        {
            _writer.Post(write);
        }
        catch (ObjectDisposedException)
        {
            // The storage is closing; a stored lock expires on its own.
        }
    }
}
