using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Host.Benchmarks;

/// <summary>The record ids the runs use, in the two shapes real sources send.</summary>
public static class CallIds
{
    private static readonly DateTimeOffset DayStart = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    /// <summary>When call <paramref name="number"/> of the simulated day starts: every 400 ms from 06:00 UTC.</summary>
    public static DateTimeOffset Start(int number) => DayStart.AddMilliseconds(number * 400L);

    /// <summary>
    /// Asterisk's uniqueid, epoch seconds of the channel's creation, a dot and the server's channel counter: ids that
    /// grow as calls come (ticket numbers and source feedback ids grow the same way).
    /// </summary>
    public static string Growing(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Start(number).ToUnixTimeSeconds()}.{number}");

    /// <summary>A stable hash of content, as a source without ids of its own gets: ids in no order at all.</summary>
    public static string Hashed(int number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Growing(number))), 0, 16);
}
