using Microsoft.Extensions.Logging;

namespace Dashboard.Sdk;

/// <summary>What the host gives a plugin for one collection.</summary>
/// <param name="CollectorId">The admin's collector this run belongs to.</param>
/// <param name="Settings">The validated settings, an instance of <see cref="IMetricPlugin.SettingsType"/>.</param>
/// <param name="Time">The clock to use; tests pass a fake one.</param>
/// <param name="Logger">A logger scoped to the collector. Never log secrets.</param>
public sealed record CollectContext(
    string CollectorId,
    object Settings,
    TimeProvider Time,
    ILogger Logger)
{
    /// <summary>
    /// Where the last successful scheduled read of this collector stopped, as <see cref="RecordBatch.Checkpoint"/>
    /// returned it; null on the first read and for other calls (SDK 1.1).
    /// </summary>
    public string? Checkpoint { get; init; }

    /// <summary>
    /// The collector's time zone (SDK 1.1): read local times without an offset in it, and place opening hours and
    /// local days with it. UTC when the host does not say.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The settings as the plugin's own type.</summary>
    /// <exception cref="InvalidOperationException">The settings are not of type <typeparamref name="TSettings"/>.</exception>
    public TSettings GetSettings<TSettings>() where TSettings : class =>
        Settings as TSettings
        ?? throw new InvalidOperationException(
            $"Collector '{CollectorId}' has settings of type {Settings.GetType().Name}, not {typeof(TSettings).Name}.");
}
