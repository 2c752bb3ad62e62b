using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Host.Records;

/// <summary>
/// The string keys records are stored and indexed under. LiteDB compares strings with the file's collation, by default
/// culture-aware and ignoring case, under which "ABC" equals "abc" and a soft hyphen is invisible. Ids from sources are
/// compared by the byte, so the keys never hold them: a collector and a record are each named by the first 128 bits of
/// the SHA-256 of their id, in lower-case hex, which every collation orders and compares alike. The ids themselves are
/// kept in the document. Times are UTC ticks written with 19 digits, so that text order is time order.
/// </summary>
public static class RecordKeys
{
    /// <summary>The end key of a record that has not ended: after every real time.</summary>
    public const long OpenEndTicks = long.MaxValue;

    private const char Separator = '|';
    private const int HashBytes = 16;

    /// <summary>The collector's fixed-length name in keys; also the id of its checkpoint document.</summary>
    public static string CollectorKey(string collectorId) => Hash(collectorId);

    /// <summary>What every record key of the collector starts with.</summary>
    public static string CollectorPrefix(string collectorId) => CollectorKey(collectorId) + Separator;

    /// <summary>The document id of one record.</summary>
    public static string DocumentId(string collectorId, string recordId) => CollectorPrefix(collectorId) + Hash(recordId);

    /// <summary>The key that orders a collector's records by when they ended, open ones last.</summary>
    public static string EndKey(string collectorId, long endTicks) =>
        CollectorPrefix(collectorId) + endTicks.ToString("D19", CultureInfo.InvariantCulture);

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, HashBytes));
}
