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

    // Sorts after every digit, so that the open records of a collector follow all its others.
    private const char OpenMark = '~';

    // '|' + 1: every key of a collector sorts before its prefix with this in place of the separator.
    private const char AfterSeparator = '}';

    /// <summary>What every key of the collector starts with.</summary>
    public static string CollectorPrefix(string collectorId) =>
        collectorId.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("|", @"\|", StringComparison.Ordinal) + Separator;

    /// <summary>The prefix that <paramref name="key"/> starts with: up to its first unescaped separator.</summary>
    public static string PrefixOf(string key)
    {
        for (var index = 0; index < key.Length; index++)
        {
            if (key[index] == '\\')
            {
                index++;
            }
            else if (key[index] == Separator)
            {
                return key[..(index + 1)];
            }
        }

        throw new InvalidDataException($"The record key '{key}' has no collector prefix.");
    }

    /// <summary>A key that sorts after every key starting with <paramref name="prefix"/> and before any other collector's.</summary>
    public static string AfterPrefix(string prefix) => prefix[..^1] + AfterSeparator;

    /// <summary>The document id of one record.</summary>
    public static string DocumentId(string collectorId, string recordId) => CollectorPrefix(collectorId) + recordId;

    /// <summary>
    /// The key that places a record in time: a record that is not open (it has ended, or has no start to be open
    /// since) by its end, else by its latest update; an open record after all of those, by its start. Window reads
    /// and pruning are ranges of it.
    /// </summary>
    public static string PlaceKey(string prefix, DateTimeOffset? start, DateTimeOffset? end, long latestAsOfTicks) =>
        start is { } started && end is null ? OpenKey(prefix, started.UtcTicks) : ClosedKey(prefix, end?.UtcTicks ?? latestAsOfTicks);

    /// <summary>The place key of a record that ended (or was last updated, having no start) at <paramref name="ticks"/>.</summary>
    public static string ClosedKey(string prefix, long ticks) => prefix + Digits(ticks);

    /// <summary>The place key of an open record that started at <paramref name="startTicks"/>.</summary>
    public static string OpenKey(string prefix, long startTicks) => prefix + OpenMark + Digits(startTicks);

    /// <summary>A key at or before the place key of every open record of the collector, after all its others.</summary>
    public static string FirstOpenKey(string prefix) => prefix + OpenMark;

    private static string Digits(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);
}
