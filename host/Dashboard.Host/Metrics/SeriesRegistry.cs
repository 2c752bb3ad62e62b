using System.Collections.Concurrent;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Gives each series key a small number, so bucket ids are 8-byte numbers rather than long strings. A number is
/// committed in its own short write before any bucket uses it, and only committed numbers are cached.
/// </summary>
public sealed class SeriesRegistry(DashboardDatabase database)
{
    private const string NumberField = "n";

    private readonly ConcurrentDictionary<string, long> _numbers = new(StringComparer.Ordinal);

    private ILiteCollection<BsonDocument> Series => database.Collection<BsonDocument>(CollectionNames.Series);

    /// <summary>The number of a series already stored, or null.</summary>
    public long? Find(string seriesKey)
    {
        if (_numbers.TryGetValue(seriesKey, out var number))
        {
            return number;
        }

        var document = Series.FindById(seriesKey);
        return document is null ? null : _numbers[seriesKey] = document[NumberField].AsInt64;
    }

    /// <summary>Numbers for every key, registering new keys in one write first.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ResolveAsync(IEnumerable<string> seriesKeys, CancellationToken cancellationToken)
    {
        var keys = seriesKeys.Distinct(StringComparer.Ordinal).ToList();
        var missing = keys.Where(key => Find(key) is null).ToList();
        if (missing.Count > 0)
        {
            var registered = await database.WriteAsync(db => Register(db.GetCollection(CollectionNames.Series), missing), cancellationToken);
            foreach (var (key, number) in registered)
            {
                _numbers[key] = number;
            }
        }

        return keys.ToDictionary(key => key, key => _numbers[key], StringComparer.Ordinal);
    }

    /// <summary>Every stored series number, for work over all series such as pruning.</summary>
    public IReadOnlyList<long> AllNumbers() => Series.FindAll().Select(document => document[NumberField].AsInt64).Order().ToList();

    private static Dictionary<string, long> Register(ILiteCollection<BsonDocument> series, List<string> keys)
    {
        // Another writer may have registered some meanwhile: those keep their number.
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        var next = series.Count() + 1L;
        foreach (var key in keys)
        {
            var existing = series.FindById(key);
            if (existing is not null)
            {
                numbers[key] = existing[NumberField].AsInt64;
                continue;
            }

            series.Insert(new BsonDocument { ["_id"] = key, [NumberField] = next });
            numbers[key] = next++;
        }

        return numbers;
    }
}
