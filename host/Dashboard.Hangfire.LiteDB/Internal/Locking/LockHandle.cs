namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>Releases one acquisition of a lock, once.</summary>
internal sealed class LockHandle(DistributedLockManager manager, string resource, object owner) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            manager.Release(resource, owner);
        }
    }
}
