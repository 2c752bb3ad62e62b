using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// The collection every built-in plugin makes: stamp it with the clock's whole second, so that a re-run within that
/// second gives the same samples; read one reading per configured name from the source the settings choose, in the
/// settings' time zone; turn the readings into samples; log one debug line.
/// </summary>
/// <param name="sources">Creates each source the plugin supports, from the settings and their time zone.</param>
/// <param name="table">How readings become samples.</param>
/// <param name="collectedMessage">
/// The debug line, with placeholders for the source, the timestamp, the number of readings and the number of samples.
/// </param>
internal sealed class NamedListCollector<TSettings, TSource, TReading>(
    Dictionary<TSource, Func<TSettings, TimeZoneInfo, IReadingSource<TReading>>> sources,
    SampleTable<TReading> table,
    string collectedMessage)
    where TSettings : NamedListSettings<TSource>
    where TSource : struct, Enum
{
    private readonly Action<ILogger, TSource, DateTimeOffset, int, int, Exception?> _logCollected =
        LoggerMessage.Define<TSource, DateTimeOffset, int, int>(LogLevel.Debug, default, collectedMessage);

    public async Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = context.GetSettings<TSettings>();
        var now = context.Time.GetUtcNow();
        var timestamp = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        var source = sources.TryGetValue(settings.Source, out var create)
            ? create(settings, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone))
            : throw new InvalidOperationException($"{typeof(TSource).Name} '{settings.Source}' is not supported by this version of the plugin.");
        var readings = await source.ReadAsync(context.CollectorId, timestamp, cancellationToken).ConfigureAwait(false);
        var samples = table.Build(readings, timestamp);
        _logCollected(context.Logger, settings.Source, timestamp, readings.Count, samples.Count, null);
        return samples;
    }
}
