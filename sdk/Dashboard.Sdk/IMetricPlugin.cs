namespace Dashboard.Sdk;

/// <summary>
/// What every plugin declares. The host creates one instance per plugin with a public parameterless constructor.
/// A plugin adds what it can do by implementing capability interfaces such as <see cref="IScheduledCollector"/>.
/// </summary>
public interface IMetricPlugin
{
    /// <summary>The metrics this plugin produces.</summary>
    IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>
    /// The type an admin's JSON settings are bound to. Public settable properties become settings;
    /// <see cref="System.ComponentModel.DataAnnotations"/> attributes and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> validate them.
    /// </summary>
    Type SettingsType => typeof(NoSettings);
}
