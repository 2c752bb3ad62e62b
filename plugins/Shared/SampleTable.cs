using Dashboard.Sdk;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// Turns per-name readings into samples: one per name and metric, carrying the name as its one dimension, then an
/// overall one per metric without dimensions (none when there are no readings).
/// </summary>
internal sealed class SampleTable<TReading>(string dimension, Func<TReading, string> name, IReadOnlyList<SampleColumn<TReading>> columns)
{
    public IReadOnlyList<MetricSample> Build(IReadOnlyList<TReading> readings, DateTimeOffset timestamp)
    {
        var samples = new List<MetricSample>((readings.Count + 1) * columns.Count);
        foreach (var reading in readings)
        {
            var dimensions = new Dictionary<string, string> { [dimension] = name(reading) };
            samples.AddRange(columns.Select(column => new MetricSample(column.MetricKey, timestamp, column.Value(reading), dimensions)));
        }

        if (readings.Count > 0)
        {
            samples.AddRange(columns.Select(column => new MetricSample(column.MetricKey, timestamp, column.Overall(readings))));
        }

        return samples;
    }
}
