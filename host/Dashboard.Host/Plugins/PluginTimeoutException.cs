namespace Dashboard.Host.Plugins;

/// <summary>A plugin call did not finish within its time limit and was abandoned.</summary>
public sealed class PluginTimeoutException(TimeSpan timeout, Task abandoned)
    : Exception($"did not finish within {timeout.TotalSeconds:0.#} s")
{
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Completes when the abandoned plugin code finally returns (or never); its result is already discarded.</summary>
    public Task Abandoned { get; } = abandoned;
}
