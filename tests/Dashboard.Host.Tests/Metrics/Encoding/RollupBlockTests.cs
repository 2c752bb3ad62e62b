using Dashboard.Host.Metrics.Encoding;

namespace Dashboard.Host.Tests.Metrics.Encoding;

public sealed class RollupBlockTests
{
    private const long DayStart = 639_000_000_000_000_000 / TimeSpan.TicksPerDay * TimeSpan.TicksPerDay;

    [Fact]
    public void Decode_PointsWithAwkwardValues_GivesBackExactlyWhatWasEncoded()
    {
        RollupPoint[] points =
        [
            new(DayStart, 2, 90.8, 45.3, 45.5, 45.5),
            new(DayStart + TimeSpan.TicksPerMinute, 1, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0),
            new(DayStart + 7 * TimeSpan.TicksPerMinute, 3, double.NaN, -0.0, double.PositiveInfinity, -1e-300),
        ];

        var decoded = RollupBlock.Decode(RollupBlock.Encode(points, DayStart), DayStart);

        Assert.Equal(points.Select(Bits), decoded.Select(Bits));
    }

    private static (long, long, long, long, long, long) Bits(RollupPoint point) => (
        point.StartTicks,
        point.Count,
        BitConverter.DoubleToInt64Bits(point.Sum),
        BitConverter.DoubleToInt64Bits(point.Min),
        BitConverter.DoubleToInt64Bits(point.Max),
        BitConverter.DoubleToInt64Bits(point.Last));
}
