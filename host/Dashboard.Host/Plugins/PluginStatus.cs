namespace Dashboard.Host.Plugins;

public enum PluginStatus
{
    /// <summary>Loaded and usable by collectors.</summary>
    Active,

    /// <summary>Built for a contract this host does not offer, e.g. another SDK major version.</summary>
    NotSupported,

    /// <summary>Its folder, manifest or code is broken; the reason says how.</summary>
    Malfunctioned,

    /// <summary>Its folder was taken out of the plugins folder while the host ran; its collectors wait for it to come back.</summary>
    Removed,
}
