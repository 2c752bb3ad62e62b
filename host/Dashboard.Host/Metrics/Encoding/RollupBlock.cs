namespace Dashboard.Host.Metrics.Encoding;

/// <summary>Rollup points as bytes: interval starts as a <see cref="TimeColumn"/>, counts as deltas, then sum, min, max and last as <see cref="DecimalColumn"/>s.</summary>
public static class RollupBlock
{
    private const byte Version = 1;

    public static byte[] Encode(IReadOnlyList<RollupPoint> points, long bucketStart)
    {
        using var writer = new BlockWriter();
        writer.WriteHeader(Version, points.Count);
        using var integers = new PooledArray<long>(points.Count);
        using var doubles = new PooledArray<double>(points.Count);
        TimeColumn.Write(writer, Fill(integers, points, point => point.StartTicks - bucketStart));
        IntColumn.Write(writer, Fill(integers, points, point => point.Count), order: 1);
        DecimalColumn.Write(writer, Fill(doubles, points, point => point.Sum));
        DecimalColumn.Write(writer, Fill(doubles, points, point => point.Min));
        DecimalColumn.Write(writer, Fill(doubles, points, point => point.Max));
        DecimalColumn.Write(writer, Fill(doubles, points, point => point.Last));
        return writer.ToArray();
    }

    private static Span<T> Fill<T>(PooledArray<T> column, IReadOnlyList<RollupPoint> points, Func<RollupPoint, T> field)
    {
        for (var index = 0; index < points.Count; index++)
        {
            column.Span[index] = field(points[index]);
        }

        return column.Span;
    }

    public static RollupPoint[] Decode(byte[] block, long bucketStart)
    {
        var reader = new BlockReader(block);
        var count = reader.ReadHeader(Version, "rollup");
        var starts = new long[count];
        var counts = new long[count];
        var sums = new double[count];
        var mins = new double[count];
        var maxes = new double[count];
        var lasts = new double[count];
        TimeColumn.Read(reader, starts);
        IntColumn.Read(reader, counts, order: 1);
        DecimalColumn.Read(reader, sums);
        DecimalColumn.Read(reader, mins);
        DecimalColumn.Read(reader, maxes);
        DecimalColumn.Read(reader, lasts);
        var points = new RollupPoint[count];
        for (var index = 0; index < count; index++)
        {
            points[index] = new RollupPoint(bucketStart + starts[index], counts[index], sums[index], mins[index], maxes[index], lasts[index]);
        }

        return points;
    }
}
