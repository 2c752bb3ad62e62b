using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>
/// What one scheduled call of a plugin gave: the samples of a plugin that returns samples itself, or the checked record
/// batch of a record reader, or the reason it failed. A plugin that only receives pushes gives neither.
/// </summary>
public sealed record CollectionOutcome(IReadOnlyList<QualifiedSample> Samples, string? Error, TimeSpan Duration)
{
    public RecordBatch? Batch { get; init; }

    /// <summary>The plugin's exception when it threw: type, message and its own top stack frame.</summary>
    public PluginError? PluginError { get; init; }

    /// <summary>What the plugin logged at Warning level or above during the run, then the input lines it skipped.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Succeeded => Error is null;
}
