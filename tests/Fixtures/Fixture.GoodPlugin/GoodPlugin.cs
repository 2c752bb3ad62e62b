using System.ComponentModel.DataAnnotations;
using Dashboard.Sdk;

namespace Fixture.GoodPlugin;

public sealed class GoodPlugin : IMetricPlugin, IScheduledCollector
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("value", "Fixture value", "pcs", MetricDirection.HigherIsBetter, 10),
    ];

    public Type SettingsType => typeof(GoodSettings);

    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken)
    {
        var settings = context.GetSettings<GoodSettings>();
        if (settings.DelayMilliseconds > 0)
        {
            return DelayedAsync(context, settings, cancellationToken);
        }

        IReadOnlyList<MetricSample> samples = [new("value", context.Time.GetUtcNow(), settings.Value)];
        return Task.FromResult(samples);
    }

    private static async Task<IReadOnlyList<MetricSample>> DelayedAsync(CollectContext context, GoodSettings settings, CancellationToken cancellationToken)
    {
        await Task.Delay(settings.DelayMilliseconds, cancellationToken);
        return [new("value", context.Time.GetUtcNow(), settings.Value)];
    }
}

public sealed class GoodSettings
{
    [Range(0, 1000)]
    public double Value { get; set; } = 1;

    [Range(0, 600_000)]
    public int DelayMilliseconds { get; set; }
}
