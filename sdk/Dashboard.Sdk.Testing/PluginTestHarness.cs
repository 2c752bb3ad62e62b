using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Sdk.Testing;

/// <summary>
/// Runs a plugin the way the host does, without the host: creates it with its parameterless constructor, binds
/// settings JSON with <see cref="PluginSettingsBinder"/>, collects with a <see cref="FakeTimeProvider"/> and a
/// <see cref="TestLogger"/>, and checks the metric definitions and every returned sample with
/// <see cref="PluginContractChecks"/>, throwing <see cref="PluginContractException"/> on a breach.
/// </summary>
/// <typeparam name="TPlugin">The plugin under test.</typeparam>
public sealed class PluginTestHarness<TPlugin> where TPlugin : IMetricPlugin, new()
{
    /// <summary>The collector id used when none is given.</summary>
    public const string DefaultCollectorId = "test-collector";

    /// <summary>The clock's start when none is given: Monday 2 March 2026, 09:00 in Helsinki (07:00 UTC).</summary>
    public static readonly DateTimeOffset DefaultStartTime = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Creates the plugin and checks its metric definitions.</summary>
    /// <param name="collectorId">The collector id passed in <see cref="CollectContext.CollectorId"/>.</param>
    /// <param name="startTime">Where the fake clock starts; <see cref="DefaultStartTime"/> when null.</param>
    /// <exception cref="PluginContractException">The plugin's metric definitions are malformed.</exception>
    public PluginTestHarness(string collectorId = DefaultCollectorId, DateTimeOffset? startTime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collectorId);
        CollectorId = collectorId;
        Time = new FakeTimeProvider(startTime ?? DefaultStartTime);
        Plugin = new TPlugin();
        ThrowIfAny(PluginContractChecks.CheckMetricDefinitions(Plugin.Metrics));
    }

    /// <summary>The plugin instance under test.</summary>
    public TPlugin Plugin { get; }

    /// <summary>The collector id every collection runs as.</summary>
    public string CollectorId { get; }

    /// <summary>The clock the plugin sees; move it with <c>SetUtcNow</c> or <c>Advance</c>.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Everything the plugin logged through <see cref="CollectContext.Logger"/>.</summary>
    public TestLogger Logger { get; } = new();

    /// <summary>Binds and validates settings JSON as the plugin's <see cref="IMetricPlugin.SettingsType"/>.</summary>
    /// <exception cref="PluginSettingsException">The JSON cannot be bound or does not validate; errors name the settings.</exception>
    public object BindSettings(string settingsJson) => PluginSettingsBinder.Bind(Plugin.SettingsType, settingsJson);

    /// <summary>Binds <paramref name="settingsJson"/>, then collects once at the fake clock's current time.</summary>
    /// <exception cref="PluginSettingsException">The settings are invalid.</exception>
    /// <exception cref="PluginContractException">The plugin cannot collect or returned samples the host would reject.</exception>
    public Task<IReadOnlyList<MetricSample>> CollectAsync(string settingsJson = "{}", CancellationToken cancellationToken = default) =>
        CollectAsync(BindSettings(settingsJson), cancellationToken);

    /// <summary>Collects once with already bound settings at the fake clock's current time.</summary>
    /// <exception cref="PluginContractException">The plugin cannot collect or returned samples the host would reject.</exception>
    public async Task<IReadOnlyList<MetricSample>> CollectAsync(object settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Plugin is not IScheduledCollector collector)
        {
            throw new PluginContractException(typeof(TPlugin).Name, [$"The plugin does not implement {nameof(IScheduledCollector)}."]);
        }

        var context = new CollectContext(CollectorId, settings, Time, Logger);
        var samples = await collector.CollectAsync(context, cancellationToken).ConfigureAwait(false);
        ThrowIfAny(PluginContractChecks.CheckSamples(Plugin.Metrics, samples));
        return samples;
    }

    private static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new PluginContractException(typeof(TPlugin).Name, problems);
        }
    }
}
