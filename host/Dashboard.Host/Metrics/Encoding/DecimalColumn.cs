namespace Dashboard.Host.Metrics.Encoding;

/// <summary>
/// Doubles that are short decimals (figures: counts, percentages with one decimal, minutes with two) stored as integers
/// scaled by one decimal exponent per block, then as <see cref="IntColumn"/> deltas. Every value is checked to read back
/// bit for bit; one that does not (more digits, NaN, infinities, -0) is kept whole as an exception beside the column.
/// </summary>
public static class DecimalColumn
{
    public const int MaxExponent = 9;

    private const double LargestExactInteger = 9_007_199_254_740_992d; // 2^53

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    public static void Write(BlockWriter writer, ReadOnlySpan<double> values)
    {
        // A value that is a decimal at one exponent is one at every larger exponent too (both quotients are the same
        // real number, correctly rounded), so most values need one check at the exponent found so far.
        var exponent = 0;
        foreach (var value in values)
        {
            if (!TryScale(value, exponent, out _))
            {
                exponent = SmallestExponentAbove(value, exponent) ?? exponent;
            }
        }

        using var scaled = new PooledArray<long>(values.Length);
        List<int>? exceptions = null;
        long previous = 0;
        for (var index = 0; index < values.Length; index++)
        {
            if (TryScale(values[index], exponent, out var integer))
            {
                previous = integer;
            }
            else
            {
                // Repeating the previous integer costs a zero delta in the column.
                (exceptions ??= []).Add(index);
            }

            scaled.Span[index] = previous;
        }

        writer.WriteByte((byte)exponent);
        IntColumn.Write(writer, scaled.Span, order: 1);
        writer.WriteVarint((ulong)(exceptions?.Count ?? 0));
        var last = 0;
        foreach (var index in exceptions ?? [])
        {
            writer.WriteVarint((ulong)(index - last));
            writer.WriteDouble(values[index]);
            last = index;
        }
    }

    public static void Read(BlockReader reader, Span<double> values)
    {
        var power = PowersOfTen[reader.ReadByte()];
        var scaled = new long[values.Length];
        IntColumn.Read(reader, scaled, order: 1);
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = scaled[index] / power;
        }

        var exceptions = reader.ReadCount();
        var position = 0;
        for (var count = 0; count < exceptions; count++)
        {
            position += reader.ReadCount();
            values[position] = reader.ReadDouble();
        }
    }

    private static int? SmallestExponentAbove(double value, int below)
    {
        for (var exponent = below + 1; exponent <= MaxExponent; exponent++)
        {
            if (TryScale(value, exponent, out _))
            {
                return exponent;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="value"/> is exactly <c>integer / 10^exponent</c> as the reader computes it.</summary>
    private static bool TryScale(double value, int exponent, out long integer)
    {
        integer = 0;
        var product = Math.Round(value * PowersOfTen[exponent]);
        if (!(Math.Abs(product) < LargestExactInteger))
        {
            return false;
        }

        integer = (long)product;
        return BitConverter.DoubleToInt64Bits(integer / PowersOfTen[exponent]) == BitConverter.DoubleToInt64Bits(value);
    }
}
