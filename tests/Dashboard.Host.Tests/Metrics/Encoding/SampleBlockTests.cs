using CsCheck;
using Dashboard.Host.Metrics.Encoding;
using Dashboard.Sdk;

namespace Dashboard.Host.Tests.Metrics.Encoding;

public sealed class SampleBlockTests
{
    private const long BucketStart = 639_000_000_000_000_000;

    [Fact]
    public void Decode_AnySamples_GivesBackExactlyWhatWasEncoded()
    {
        // Values mix short decimals with arbitrary bit patterns (NaN payloads, -0, subnormals, infinities).
        var value = Gen.OneOf(
            Gen.Int[-100_000, 100_000].Select(integer => (double?)(integer / 100.0)),
            Gen.Double.Select(number => (double?)number),
            Gen.Long.Select(bits => (double?)BitConverter.Int64BitsToDouble(bits)),
            Gen.Const((double?)null));
        var sample = Gen.Select(Gen.Long[0, TimeSpan.TicksPerHour - 1], value, Gen.Int[0, 3], Gen.Int[-5, 5].Select(basis => basis < -3 ? (int?)null : basis));
        sample.Array[0, 300].Select(samples => samples
                .DistinctBy(item => item.Item1)
                .OrderBy(item => item.Item1)
                .Select(item => new RawSample(BucketStart + item.Item1, item.Item2, (FigureState)item.Item3, item.Item4))
                .ToList())
            .Sample(samples =>
            {
                var decoded = SampleBlock.Decode(SampleBlock.Encode(samples, BucketStart), BucketStart);
                Assert.Equal(samples.Select(Bits), decoded.Select(Bits));
            }, iter: 20_000);
    }

    [Fact]
    public void Encode_AnHourAtThirtySecondsOfAOneDecimalWalk_CostsUnderOneBytePerSample()
    {
        // 120 samples 30 s apart; the value walks by at most ±0.5, i.e. ±5 tenths.
        var random = new Random(7);
        var tenths = 455L;
        var samples = new List<RawSample>();
        for (var step = 0; step < 120; step++)
        {
            tenths += random.Next(-5, 6);
            samples.Add(new RawSample(BucketStart + step * 30 * TimeSpan.TicksPerSecond, tenths / 10.0, FigureState.Value, null));
        }

        var block = SampleBlock.Encode(samples, BucketStart);

        // version 1 + count 1; times: unit 1 + first 1 + first delta 1 + two groups of zero-width delta-of-deltas 2 = 5;
        // values: exponent 1 + first (zig-zag 910, 2 bytes) + 119 deltas of at most ±5 (zig-zag ≤ 10, 4 bits) in groups of
        // 64 and 55: 1 + 32 + 1 + 28 = 62, exception count 1 => 66; state changes count 1. Total at most 2 + 5 + 66 + 1 = 74.
        Assert.InRange(block.Length, 1, 74);
        Assert.Equal(samples, SampleBlock.Decode(block, BucketStart));
    }

    private static (long, long?, FigureState, int?) Bits(RawSample sample) =>
        (sample.UtcTicks, sample.Value is { } value ? BitConverter.DoubleToInt64Bits(value) : null, sample.State, sample.Basis);
}
