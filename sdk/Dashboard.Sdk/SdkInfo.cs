namespace Dashboard.Sdk;

/// <summary>
/// The version of this contract. A host loads plugins built against its own major version and a minor version at most
/// its own: a minor version only adds, so a plugin built for 1.0 runs on a 1.1 host, but not the other way round.
/// </summary>
public static class SdkInfo
{
    /// <summary>The major version; it changes only when the contract breaks.</summary>
    public const int Major = 1;

    /// <summary>The minor version; it grows with every addition (1.1: records, pushed input, figures, connection tests).</summary>
    public const int Minor = 1;

    /// <summary>The full version of the contract, as written in a plugin's <c>plugin.json</c>.</summary>
    public const string Version = "1.1.0";
}
