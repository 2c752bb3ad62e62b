using Dashboard.Sdk;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// Turns per-name readings into samples: one per name and metric, carrying the name as its one dimension, then an
/// overall one per metric without dimensions (none when there are no readings). Metrics come in the order added.
/// </summary>
internal sealed class SampleTable<TReading>(string dimension, Func<TReading, string> name)
{
    private IReadOnlyList<SampleColumn<TReading>> _columns = [];

    /// <summary>A table with one more metric, whose overall value <paramref name="overall"/> computes.</summary>
    public SampleTable<TReading> Add(string metricKey, Func<TReading, double> value, Func<IReadOnlyList<TReading>, double> overall) =>
        new(dimension, name) { _columns = [.. _columns, new SampleColumn<TReading>(metricKey, value, overall)] };

    /// <summary>A table with one more metric whose overall value is the sum over the names.</summary>
    public SampleTable<TReading> AddSum(string metricKey, Func<TReading, double> value) =>
        Add(metricKey, value, readings => readings.Sum(value));

    /// <summary>A table with one more metric whose overall value is the largest of the names'.</summary>
    public SampleTable<TReading> AddMax(string metricKey, Func<TReading, double> value) =>
        Add(metricKey, value, readings => readings.Max(value));

    /// <summary>
    /// A table with one more metric whose overall value is the mean weighted by <paramref name="weight"/>, so that a
    /// busy name counts more than a quiet one. When the weights add up to zero it is <paramref name="unweighted"/>,
    /// or the plain mean when that is null.
    /// </summary>
    public SampleTable<TReading> AddWeightedMean(string metricKey, Func<TReading, double> value, Func<TReading, int> weight, double? unweighted = null) =>
        Add(metricKey, value, readings =>
        {
            var totalWeight = readings.Sum(weight);
            return totalWeight == 0
                ? unweighted ?? readings.Average(value)
                : readings.Sum(reading => value(reading) * weight(reading)) / totalWeight;
        });

    public IReadOnlyList<MetricSample> Build(IReadOnlyList<TReading> readings, DateTimeOffset timestamp)
    {
        var samples = new List<MetricSample>((readings.Count + 1) * _columns.Count);
        foreach (var reading in readings)
        {
            var dimensions = new Dictionary<string, string> { [dimension] = name(reading) };
            samples.AddRange(_columns.Select(column => new MetricSample(column.MetricKey, timestamp, column.Value(reading), dimensions)));
        }

        if (readings.Count > 0)
        {
            samples.AddRange(_columns.Select(column => new MetricSample(column.MetricKey, timestamp, column.Overall(readings))));
        }

        return samples;
    }
}
