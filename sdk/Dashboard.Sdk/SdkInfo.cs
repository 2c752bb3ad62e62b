namespace Dashboard.Sdk;

/// <summary>The version of this contract. A host loads plugins built against the same major version only.</summary>
public static class SdkInfo
{
    /// <summary>The major version; it changes only when the contract breaks.</summary>
    public const int Major = 1;

    /// <summary>The full version of the contract, as written in a plugin's <c>plugin.json</c>.</summary>
    public const string Version = "1.0.0";
}
