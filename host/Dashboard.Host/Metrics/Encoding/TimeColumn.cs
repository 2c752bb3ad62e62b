namespace Dashboard.Host.Metrics.Encoding;

/// <summary>
/// Tick offsets from a bucket's start, divided by the largest unit all of them are whole multiples of (a second, a
/// millisecond, ...) and stored as delta-of-deltas: samples at a steady step cost a byte per 64.
/// </summary>
public static class TimeColumn
{
    private static readonly long[] Units = [TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond, 10, 1];

    public static void Write(BlockWriter writer, long[] offsets)
    {
        var unitIndex = Array.FindIndex(Units, unit => offsets.All(offset => offset % unit == 0));
        writer.WriteByte((byte)unitIndex);
        var scaled = offsets.Select(offset => offset / Units[unitIndex]).ToArray();
        IntColumn.Write(writer, scaled, order: 2);
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
