using System.Globalization;

namespace Dashboard.Hangfire.LiteDB.Internal.Database;

/// <summary>
/// Composite string keys. LiteDB indexes one field at a time, so compound orderings are encoded into one string
/// whose ordinal order is the wanted order; '\u0001' separates parts and sorts below every printable character.
/// </summary>
internal static class StorageKeys
{
    public const char Separator = '\u0001';

    /// <summary>The character just above <see cref="Separator"/>, closing a prefix range.</summary>
    public const char AfterSeparator = '\u0002';

    /// <summary>Sorts after every character a key part contains; closes a range that ends with a separator.</summary>
    public const char Last = '\uffff';

    public static string Compose(string key, string member) => key + Separator + member;

    public static string Padded(long value) => value.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Encodes a double so that ordinal string order equals numeric order.</summary>
    public static string SortableScore(double score)
    {
        var bits = BitConverter.DoubleToInt64Bits(score == 0 ? 0d : score);
        var ordered = bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000UL;
        return ordered.ToString("X16", CultureInfo.InvariantCulture);
    }

    public static string StateSlot(string stateName, long jobId) => Compose(stateName, Padded(jobId));

    public static string ScoreSlot(string key, double score, string value) => key + Separator + SortableScore(score) + Separator + value;

    public static long? ToTicks(DateTime? utc) => utc?.Ticks;

    public static DateTime FromTicks(long ticks) => new(ticks, DateTimeKind.Utc);

    public static bool TryParseJobId(string? jobId, out long id) =>
        long.TryParse(jobId, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
