using System.Text;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Identifies one time series: a qualified metric key plus its dimensions in a canonical order,
/// e.g. <c>city-queue.wait_minutes</c> or <c>city-queue.wait_minutes{servicePoint=Library}</c>.
/// </summary>
public static class SeriesKey
{
    public static string For(string metricKey, IReadOnlyDictionary<string, string>? dimensions)
    {
        if (dimensions is null || dimensions.Count == 0)
        {
            return metricKey;
        }

        var pairs = new KeyValuePair<string, string>[dimensions.Count];
        var count = 0;
        foreach (var pair in dimensions)
        {
            pairs[count++] = pair;
        }

        Array.Sort(pairs, (left, right) => string.CompareOrdinal(left.Key, right.Key));
        var builder = new StringBuilder(metricKey, 64).Append('{');
        for (var index = 0; index < pairs.Length; index++)
        {
            builder.Append(index == 0 ? "" : ",").Append(pairs[index].Key).Append('=').Append(pairs[index].Value);
        }

        return builder.Append('}').ToString();
    }
}
