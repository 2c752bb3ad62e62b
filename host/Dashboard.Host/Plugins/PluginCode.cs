using McMaster.NETCore.Plugins;

namespace Dashboard.Host.Plugins;

/// <summary>
/// One loaded version of a plugin's code in its collectible load context. Every call holds a lease; once a newer
/// version (or the folder's removal) retires it, the context is unloaded when the last lease ends, so a run in progress
/// finishes on the code it started with.
/// </summary>
public sealed class PluginCode(PluginLoader loader, string copyFolder)
{
    private readonly Lock _gate = new();
    private int _leases;
    private bool _retired;
    private bool _unloaded;

    /// <summary>The copy of the plugin folder the code was loaded from.</summary>
    public string CopyFolder { get; } = copyFolder;

    public bool IsUnloaded
    {
        get
        {
            lock (_gate)
            {
                return _unloaded;
            }
        }
    }

    /// <summary>Takes a lease, or returns false when the code is already unloaded.</summary>
    public bool TryAcquire()
    {
        lock (_gate)
        {
            if (_unloaded)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _leases--;
            UnloadWhenUnused();
        }
    }

    /// <summary>No new calls get this version; it unloads once the calls in progress end.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            UnloadWhenUnused();
        }
    }

    private void UnloadWhenUnused()
    {
        if (_retired && _leases == 0 && !_unloaded)
        {
            _unloaded = true;
            loader.Dispose();
            PluginCatalog.DeleteQuietly(CopyFolder);
        }
    }
}
