namespace Dashboard.Host.Metrics.Encoding;

/// <summary>
/// Tick offsets from a bucket's start, divided by the largest unit all of them are whole multiples of (a second, a
/// millisecond, ...) and stored as delta-of-deltas: samples at a steady step cost a byte per 64.
/// </summary>
public static class TimeColumn
{
    private static readonly long[] Units = [TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond, 10, 1];

    public static void Write(BlockWriter writer, ReadOnlySpan<long> offsets)
    {
        var unitIndex = 0;
        while (!AllMultiplesOf(offsets, Units[unitIndex]))
        {
            unitIndex++;
        }

        writer.WriteByte((byte)unitIndex);
        using var scaled = new PooledArray<long>(offsets.Length);
        for (var index = 0; index < offsets.Length; index++)
        {
            scaled.Span[index] = offsets[index] / Units[unitIndex];
        }

        IntColumn.Write(writer, scaled.Span, order: 2);
    }

    private static bool AllMultiplesOf(ReadOnlySpan<long> offsets, long unit)
    {
        foreach (var offset in offsets)
        {
            if (offset % unit != 0)
            {
                return false;
            }
        }

        return true;
    }

    public static void Read(BlockReader reader, long[] offsets)
    {
        var unit = Units[reader.ReadByte()];
        IntColumn.Read(reader, offsets, order: 2);
        for (var index = 0; index < offsets.Length; index++)
        {
            offsets[index] *= unit;
        }
    }
}
