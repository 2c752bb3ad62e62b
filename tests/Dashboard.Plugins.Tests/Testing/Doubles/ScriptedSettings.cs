using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Testing.Doubles;

/// <summary>Settings passed as an object (never bound from JSON) that tell <see cref="ScriptedPlugin"/> what to return.</summary>
public sealed class ScriptedSettings(Func<CollectContext, IReadOnlyList<MetricSample>> collect)
{
    public Func<CollectContext, IReadOnlyList<MetricSample>> Collect { get; } = collect;
}
