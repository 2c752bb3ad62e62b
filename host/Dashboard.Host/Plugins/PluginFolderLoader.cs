using System.Reflection;
using Dashboard.Sdk;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Plugins;

/// <summary>
/// Loads a plugin folder in a load context of its own that shares only the SDK and its public dependencies. A broken
/// plugin is returned with its status and reason, never thrown.
/// </summary>
public sealed class PluginFolderLoader(ILogger<PluginFolderLoader> logger)
{
    /// <summary>The SDK's public surface: its own assembly and the logging abstractions it exposes.</summary>
    private static readonly Type[] SharedTypes = [typeof(IMetricPlugin), typeof(ILogger)];

    private static readonly string SdkAssemblyName = typeof(IMetricPlugin).Assembly.GetName().Name!;

    /// <summary>An active plugin whose id an active plugin of another folder already has is refused, and its code unloaded.</summary>
    public static LoadedPlugin RefuseTakenId(LoadedPlugin plugin, IEnumerable<LoadedPlugin> others)
    {
        if (!plugin.IsActive || !others.Any(other => other.IsActive && other.Id == plugin.Id && other.Folder != plugin.Folder))
        {
            return plugin;
        }

        plugin.Code?.Retire();
        return plugin with
        {
            Status = PluginStatus.Malfunctioned,
            Reason = $"{plugin.Folder}: plugin id '{plugin.Id}' is already used by another folder.",
            Instance = null,
            Code = null,
        };
    }

    /// <summary>Loads <paramref name="folder"/> in place, in a load context that lives as long as the host.</summary>
    public LoadedPlugin LoadFolder(string folder) => Load(folder, folder, collectible: false);

    /// <summary>
    /// Loads the plugin of <paramref name="folder"/> from <paramref name="copy"/>, a copy of it, in a collectible load
    /// context, so the files in the plugins folder stay free to replace and the code can be unloaded later. Reasons name
    /// <paramref name="folder"/>, the place the admin knows.
    /// </summary>
    public LoadedPlugin LoadCopy(string folder, string copy)
    {
        var plugin = Load(folder, copy, collectible: true);
        return plugin with { Reason = plugin.Reason?.Replace(copy, folder, StringComparison.Ordinal) };
    }

    private static LoadedPlugin Load(string folder, string filesFolder, bool collectible)
    {
        PluginManifest? manifest = null;
        PluginLoader? loader = null;
        try
        {
            manifest = PluginManifestReader.Read(filesFolder);
            var entryAssembly = PluginManifestReader.EntryAssemblyPath(filesFolder, manifest);
            loader = PluginLoader.CreateFromAssemblyFile(entryAssembly, SharedTypes, config =>
            {
                config.PreferSharedTypes = true;
                config.IsUnloadable = collectible;
            });
            var instance = CreateInstance(folder, manifest, loader);
            PluginContractChecker.Check(folder, instance);
            return new LoadedPlugin(folder, manifest, PluginStatus.Active, null, instance) { Code = collectible ? new PluginCode(loader, filesFolder) : null };
        }
        catch (PluginLoadException exception)
        {
            UnloadFailed(loader, collectible);
            return new LoadedPlugin(folder, manifest, exception.Status, exception.Message, null);
        }
        catch (Exception exception)
        {
            UnloadFailed(loader, collectible);
            return new LoadedPlugin(folder, manifest, PluginStatus.Malfunctioned, $"{folder}: {exception.GetType().Name}: {exception.Message}", null);
        }
    }

    private static void UnloadFailed(PluginLoader? loader, bool collectible)
    {
        if (collectible)
        {
            loader?.Dispose();
        }
    }

    private static IMetricPlugin CreateInstance(string folder, PluginManifest manifest, PluginLoader loader)
    {
        var assembly = loader.LoadDefaultAssembly();
        LoadDependencies(folder, manifest, loader, assembly);
        var pluginType = FindPluginType(folder, assembly);
        try
        {
            return (IMetricPlugin)Activator.CreateInstance(pluginType)!;
        }
        catch (MissingMethodException)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"{folder}: {pluginType.FullName} needs a public parameterless constructor.");
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new PluginLoadException(
                PluginStatus.Malfunctioned,
                $"{folder}: {pluginType.FullName} threw while starting: {exception.InnerException.GetType().Name}: {exception.InnerException.Message}",
                exception.InnerException);
        }
    }

    /// <summary>Resolves every referenced assembly now, so a missing dependency is reported at load, not at the first collection.</summary>
    private static void LoadDependencies(string folder, PluginManifest manifest, PluginLoader loader, Assembly assembly)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            CheckSdkReference(folder, manifest, assembly, reference);
            try
            {
                loader.LoadAssembly(reference);
            }
            catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                throw new PluginLoadException(
                    PluginStatus.Malfunctioned,
                    $"{folder}: missing dependency {reference.Name} {reference.Version}; copy it into the plugin folder (build output of the plugin project).",
                    exception);
            }
        }
    }

    // The runtime would report an SDK built for another version as a missing file; the real cause is a plugin.json
    // that does not come from the same build as the assembly.
    private static void CheckSdkReference(string folder, PluginManifest manifest, Assembly assembly, AssemblyName reference)
    {
        if (reference.Name != SdkAssemblyName || reference.Version is not { } referenced)
        {
            return;
        }

        var declared = Version.Parse(manifest.SdkVersion);
        if (referenced.Major != declared.Major || referenced.Minor != declared.Minor || referenced.Build != Math.Max(declared.Build, 0))
        {
            throw new PluginLoadException(
                PluginStatus.Malfunctioned,
                $"{folder}: {assembly.GetName().Name}.dll was compiled against Dashboard.Sdk {referenced.ToString(3)}, but {PluginManifest.FileName} declares sdkVersion {manifest.SdkVersion}; "
                + "rebuild the plugin so that both come from the same build (the SDK's build targets write plugin.json).");
        }
    }

    private static Type FindPluginType(string folder, Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            var reasons = exception.LoaderExceptions.Where(inner => inner is not null).Select(inner => inner!.Message).Distinct();
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"{folder}: types could not be loaded: {string.Join("; ", reasons)}", exception);
        }

        var candidates = types.Where(type => type is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IMetricPlugin).IsAssignableFrom(type)).ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new PluginLoadException(PluginStatus.Malfunctioned, $"{folder}: {assembly.GetName().Name} has no public class implementing {nameof(IMetricPlugin)}."),
            _ => throw new PluginLoadException(PluginStatus.Malfunctioned, $"{folder}: {assembly.GetName().Name} has several plugin classes ({string.Join(", ", candidates.Select(type => type.Name))}); keep one per plugin."),
        };
    }

    public void Report(LoadedPlugin plugin)
    {
        if (plugin.IsActive)
        {
            logger.LogInformation("Plugin {PluginId} {Version} loaded from {Folder}", plugin.Id, plugin.Manifest!.Version, plugin.Folder);
        }
        else
        {
            logger.LogError("Plugin {PluginId} is {Status}: {Reason}", plugin.Id, plugin.Status, plugin.Reason);
        }
    }
}
