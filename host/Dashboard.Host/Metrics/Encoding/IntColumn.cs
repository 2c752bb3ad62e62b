namespace Dashboard.Host.Metrics.Encoding;

/// <summary>
/// Whole numbers as differences of a given order (1: deltas, 2: delta-of-deltas as in Gorilla's timestamps), zig-zagged
/// and bit-packed in groups of <see cref="GroupSize"/> at the width the group's largest needs (one width byte a group).
/// A steady series costs a byte per group; a series that moves by a few units a few bits per value.
/// </summary>
public static class IntColumn
{
    public const int GroupSize = 64;

    public static void Write(BlockWriter writer, ReadOnlySpan<long> values, int order)
    {
        var leading = Math.Min(order, values.Length);
        for (var index = 0; index < leading; index++)
        {
            writer.WriteSigned(Difference(values, index, index));
        }

        Span<ulong> group = stackalloc ulong[GroupSize];
        for (var start = leading; start < values.Length; start += GroupSize)
        {
            var length = Math.Min(GroupSize, values.Length - start);
            ulong all = 0;
            for (var index = 0; index < length; index++)
            {
                group[index] = ZigZag.Encode(Difference(values, start + index, order));
                all |= group[index];
            }

            var width = 64 - System.Numerics.BitOperations.LeadingZeroCount(all);
            writer.WriteByte((byte)width);
            writer.WritePacked(group[..length], width);
        }
    }

    public static void Read(BlockReader reader, Span<long> values, int order)
    {
        var leading = Math.Min(order, values.Length);
        for (var index = 0; index < leading; index++)
        {
            values[index] = Undo(values, index, index, reader.ReadSigned());
        }

        Span<ulong> group = stackalloc ulong[GroupSize];
        for (var start = leading; start < values.Length; start += GroupSize)
        {
            var length = Math.Min(GroupSize, values.Length - start);
            reader.ReadPacked(group[..length], reader.ReadByte());
            for (var index = 0; index < length; index++)
            {
                values[start + index] = Undo(values, start + index, order, ZigZag.Decode(group[index]));
            }
        }
    }

    // Wrapping arithmetic: any long survives the round trip even where a difference overflows.
    private static long Difference(ReadOnlySpan<long> values, int index, int order) => unchecked(order switch
    {
        0 => values[index],
        1 => values[index] - values[index - 1],
        _ => values[index] - 2 * values[index - 1] + values[index - 2],
    });

    private static long Undo(ReadOnlySpan<long> values, int index, int order, long difference) => unchecked(order switch
    {
        0 => difference,
        1 => values[index - 1] + difference,
        _ => 2 * values[index - 1] - values[index - 2] + difference,
    });
}
