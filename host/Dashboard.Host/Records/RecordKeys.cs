using System.Globalization;

namespace Dashboard.Host.Records;

/// <summary>
/// The string keys records are stored and indexed under. Each starts with the collector's id, escaped so that the first
/// unescaped <c>|</c> always ends it: no collector's keys can be a prefix of another's, whatever the ids contain.
/// Times are UTC ticks written with 19 digits, so that text order is time order. The keys hold ids as the sources send
/// them, which relies on the database comparing strings ordinally (see <see cref="Storage.DashboardDatabase"/>). Keys of
/// ids that grow over time (call ids, ticket numbers) grow too, so inserts stay at the end of the index.
/// </summary>
public static class RecordKeys
{
    private const char Separator = '|';

    /// <summary>The end key of a record that has not ended: after every real time.</summary>
    public const long OpenEndTicks = long.MaxValue;

    /// <summary>What every key of the collector starts with.</summary>
    public static string CollectorPrefix(string collectorId) =>
        collectorId.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("|", @"\|", StringComparison.Ordinal) + Separator;

    /// <summary>The document id of one record.</summary>
    public static string DocumentId(string collectorId, string recordId) => CollectorPrefix(collectorId) + recordId;

    /// <summary>The key that orders a collector's records by when they ended, open ones last.</summary>
    public static string EndKey(string collectorId, long endTicks) =>
        CollectorPrefix(collectorId) + endTicks.ToString("D19", CultureInfo.InvariantCulture);
}
