using System.Reflection;

namespace Dashboard.Host.Live;

/// <summary>The running host's version (with its source revision when built from git); a screen that sees it change reloads.</summary>
public static class HostVersion
{
    public static string Current { get; } =
        typeof(HostVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HostVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
