using Dashboard.Host.Configuration;

namespace Dashboard.Host.Plugins;

/// <summary>
/// The plugins of the plugins folder with their status, kept in step with the folder while the host runs. Each version
/// is loaded from its own copy under the data folder, in its own collectible load context, so the plugins folder is
/// never locked; a new version replaces the old one for new calls, a version that fails to load leaves the old one
/// running, and a removed folder leaves a <see cref="PluginStatus.Removed"/> entry its collectors can name.
/// </summary>
public sealed class PluginCatalog(PluginFolderLoader loader, DashboardPaths paths, ILogger<PluginCatalog> logger)
{
    private readonly SemaphoreSlim _scanning = new(1, 1);
    private readonly Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<LoadedPlugin> _plugins = [];
    private volatile bool _loaded;
    private int _copyNumber;

    private string CopiesDirectory => Path.Combine(paths.DataDirectory, "plugin-copies");

    public IReadOnlyList<LoadedPlugin> All
    {
        get
        {
            EnsureLoaded();
            return _plugins;
        }
    }

    /// <summary>The plugin with this id: the active one when a folder with the same id is broken or removed.</summary>
    public LoadedPlugin? Find(string pluginId) =>
        All.FirstOrDefault(plugin => plugin.Id == pluginId && plugin.IsActive) ?? All.FirstOrDefault(plugin => plugin.Id == pluginId);

    /// <summary>
    /// The active plugin with this id with a lease on its code, which the caller releases through
    /// <see cref="PluginCode.Release"/> when its call ends; otherwise what <see cref="Find"/> says, without a lease.
    /// </summary>
    public LoadedPlugin? Acquire(string pluginId)
    {
        while (true)
        {
            var plugin = Find(pluginId);
            if (plugin is not { IsActive: true, Code: { } code } || code.TryAcquire())
            {
                return plugin;
            }

            // A new version replaced this one between the lookup and the lease; the next lookup finds it.
        }
    }

    /// <summary>
    /// Loads what changed in the plugins folder since the last scan. A folder is loaded only when its files stayed the
    /// same for <paramref name="settle"/>, so a folder still being copied is left for a later scan.
    /// </summary>
    public async Task RescanAsync(TimeSpan settle, CancellationToken cancellationToken)
    {
        EnsureLoaded();
        await _scanning.WaitAsync(cancellationToken);
        try
        {
            var (changed, removed) = Differences();
            if (changed.Count == 0 && removed.Count == 0)
            {
                return;
            }

            if (settle > TimeSpan.Zero)
            {
                // File times are real times, so this waits on the real clock whatever clock the host runs on.
                await Task.Delay(settle, cancellationToken);
                changed = changed.Where(pair => PluginFolderFingerprint.Of(pair.Key) == pair.Value).ToDictionary();
            }

            Apply(changed, removed);
        }
        finally
        {
            _scanning.Release();
        }
    }

    private void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }

        _scanning.Wait();
        try
        {
            if (!_loaded)
            {
                ClearCopies();
                Apply(Differences().Changed, []);
                _loaded = true;
            }
        }
        finally
        {
            _scanning.Release();
        }
    }

    private (Dictionary<string, string> Changed, List<string> Removed) Differences()
    {
        if (!Directory.Exists(paths.PluginsDirectory))
        {
            return ([], [.. _fingerprints.Keys]);
        }

        var folders = Directory.GetDirectories(paths.PluginsDirectory).Order(StringComparer.Ordinal).ToList();
        var changed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (PluginFolderFingerprint.Of(folder) is { } fingerprint && (!_fingerprints.TryGetValue(folder, out var known) || known != fingerprint))
            {
                changed[folder] = fingerprint;
            }
        }

        return (changed, _fingerprints.Keys.Where(folder => !folders.Contains(folder)).ToList());
    }

    private void Apply(IReadOnlyDictionary<string, string> changed, IReadOnlyList<string> removed)
    {
        var plugins = _plugins.ToList();
        var replaced = new List<LoadedPlugin>();
        foreach (var folder in removed)
        {
            _fingerprints.Remove(folder);
            replaced.AddRange(Replace(plugins, folder, previous => Remove(folder, previous)));
        }

        foreach (var (folder, fingerprint) in changed)
        {
            if (TryCopy(folder) is not { } copy)
            {
                continue;
            }

            _fingerprints[folder] = fingerprint;
            var others = plugins.Where(plugin => plugin.Folder != folder).ToList();
            var loaded = PluginFolderLoader.RefuseTakenId(loader.LoadCopy(folder, copy), others);
            replaced.AddRange(Replace(plugins, folder, previous => Choose(previous, loaded, copy)));
        }

        _plugins = plugins;

        // Only once no lookup can find them any more, or a caller could meet a version already unloaded.
        foreach (var plugin in replaced)
        {
            plugin.Code?.Retire();
        }
    }

    private LoadedPlugin Choose(LoadedPlugin? previous, LoadedPlugin loaded, string copy)
    {
        if (loaded.IsActive || previous is not { IsActive: true })
        {
            loader.Report(loaded);
            return loaded;
        }

        DeleteQuietly(copy);
        var kept = previous with
        {
            Reason = $"The new version ({loaded.Manifest?.Version ?? "unknown version"}) could not be loaded, so version {previous.Manifest!.Version} keeps running: {loaded.Reason}",
        };
        logger.LogError("Plugin {PluginId}: {Reason}", kept.Id, kept.Reason);
        return kept;
    }

    private LoadedPlugin? Remove(string folder, LoadedPlugin? previous)
    {
        if (previous is null)
        {
            return null;
        }

        logger.LogWarning("Plugin {PluginId} was removed: its folder {Folder} is gone", previous.Id, folder);
        return new LoadedPlugin(folder, previous.Manifest, PluginStatus.Removed, $"The plugin was removed: {folder} is no longer in the plugins folder. Its collectors wait until it is back.", null);
    }

    /// <summary>Puts what <paramref name="change"/> makes of the folder's entry in its place; returns the entry it replaced, if any.</summary>
    private static IEnumerable<LoadedPlugin> Replace(List<LoadedPlugin> plugins, string folder, Func<LoadedPlugin?, LoadedPlugin?> change)
    {
        var index = plugins.FindIndex(plugin => plugin.Folder == folder);
        var previous = index < 0 ? null : plugins[index];
        var replacement = change(previous);
        if (previous is null)
        {
            if (replacement is not null)
            {
                plugins.Add(replacement);
            }

            return [];
        }

        if (replacement is null)
        {
            plugins.RemoveAt(index);
        }
        else
        {
            plugins[index] = replacement;
        }

        // A version kept after a failed reload is the same code with a new reason: it stays loaded.
        return replacement?.Code == previous.Code ? [] : [previous];
    }

    /// <summary>A copy of the folder to load from, or null when a file cannot be read yet (still being written); the next scan tries again.</summary>
    private string? TryCopy(string folder)
    {
        var copy = Path.Combine(CopiesDirectory, $"{Path.GetFileName(folder)}.{Interlocked.Increment(ref _copyNumber)}");
        try
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            Directory.CreateDirectory(copy);
            return copy;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogInformation("Plugin folder {Folder} is not readable yet ({Reason}); it is loaded once it is", folder, exception.Message);
            DeleteQuietly(copy);
            return null;
        }
    }

    private void ClearCopies()
    {
        DeleteQuietly(CopiesDirectory);
        Directory.CreateDirectory(CopiesDirectory);
    }

    /// <summary>Deletes a copy of a plugin folder if it can; on Windows its files stay mapped until the garbage collector frees the context.</summary>
    internal static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A copy still mapped by a context not collected yet; a later start clears it.
        }
    }
}
