using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Support;

/// <summary>Compares samples by value, including their dimensions (records compare dictionaries by reference).</summary>
internal sealed class SampleComparer : IEqualityComparer<MetricSample>
{
    public static readonly SampleComparer Instance = new();

    public bool Equals(MetricSample? x, MetricSample? y) =>
        x is not null && y is not null
        && x.MetricKey == y.MetricKey
        && x.Timestamp == y.Timestamp
        && x.Value.Equals(y.Value)
        && (x.Dimensions ?? new Dictionary<string, string>()).OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .SequenceEqual((y.Dimensions ?? new Dictionary<string, string>()).OrderBy(pair => pair.Key, StringComparer.Ordinal));

    public int GetHashCode(MetricSample obj) => HashCode.Combine(obj.MetricKey, obj.Timestamp, obj.Value);
}
