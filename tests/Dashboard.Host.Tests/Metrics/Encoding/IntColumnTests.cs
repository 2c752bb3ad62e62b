using CsCheck;
using Dashboard.Host.Metrics.Encoding;

namespace Dashboard.Host.Tests.Metrics.Encoding;

public sealed class IntColumnTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_AnyLongs_GivesBackWhatWasWritten(int order)
    {
        // Extremes make differences overflow: they must wrap and come back.
        Gen.OneOf(Gen.Long, Gen.Long[-3, 3], Gen.OneOf(Gen.Const(long.MinValue), Gen.Const(long.MaxValue))).Array[0, 200].Sample(values =>
        {
            using var writer = new BlockWriter();
            IntColumn.Write(writer, values, order);
            var read = new long[values.Length];

            IntColumn.Read(new BlockReader(writer.ToArray()), read, order);

            Assert.Equal(values, read);
        }, iter: 20_000);
    }

    [Fact]
    public void Write_SteadyStepTimes_CostOneBytePerGroupOfDeltaOfDeltas()
    {
        var times = Enumerable.Range(0, 129).Select(step => 30L * step).ToArray();
        using var writer = new BlockWriter();

        IntColumn.Write(writer, times, order: 2);

        // First value 0 (1 byte), first delta 30 (zig-zag 60, 1 byte), then 127 zero delta-of-deltas in two groups
        // (64 and 63) of width 0: one width byte each. 1 + 1 + 2 = 4.
        Assert.Equal(4, writer.Length);
    }
}
