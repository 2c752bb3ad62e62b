namespace Dashboard.Host.Benchmarks;

/// <summary>Environment variables for the host process alone, from <c>NAME=VALUE,NAME=VALUE</c>.</summary>
public static class HostEnvironment
{
    public static IReadOnlyDictionary<string, string> Parse(string pairs) =>
        pairs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((pair, index) => pair.Split('=', 2) is [var name, var value] && name.Length > 0
                ? (name, value)
                : throw new ArgumentException($"--host-env, entry {index + 1} '{pair}': expected NAME=VALUE."))
            .ToDictionary(entry => entry.name, entry => entry.value, StringComparer.Ordinal);
}
