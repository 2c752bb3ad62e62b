namespace Dashboard.Sdk.Testing;

/// <summary>Thrown when a plugin breaks the SDK contract: malformed metric definitions or samples the host would reject.</summary>
public sealed class PluginContractException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PluginContractException(string pluginName, IReadOnlyList<string> problems)
        : base($"{pluginName} breaks the plugin contract:{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(problem => $" - {problem}")))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
