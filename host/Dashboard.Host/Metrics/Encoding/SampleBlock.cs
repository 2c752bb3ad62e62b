using Dashboard.Sdk;

namespace Dashboard.Host.Metrics.Encoding;

/// <summary>
/// The samples of one bucket as bytes: count; timestamps as delta-of-deltas in their coarsest whole unit (seconds,
/// milliseconds, ...); values as a <see cref="DecimalColumn"/>; then the rare changes of state, basis and "has a value"
/// as a side list of (index, flags, basis), so a series that stays a plain value pays nothing for them.
/// </summary>
public static class SampleBlock
{
    private const byte Version = 1;
    private const byte HasValueFlag = 0x10;
    private const byte HasBasisFlag = 0x20;
    private const byte StateMask = 0x0F;

    /// <summary>Encodes samples sorted by time, no two at the same tick, all at or after <paramref name="bucketStart"/>.</summary>
    public static byte[] Encode(IReadOnlyList<RawSample> samples, long bucketStart)
    {
        using var writer = new BlockWriter();
        writer.WriteHeader(Version, samples.Count);
        using var ticks = new PooledArray<long>(samples.Count);
        using var values = new PooledArray<double>(samples.Count);
        for (var index = 0; index < samples.Count; index++)
        {
            ticks.Span[index] = samples[index].UtcTicks - bucketStart;
            values.Span[index] = samples[index].Value ?? (index > 0 ? values.Span[index - 1] : 0);
        }

        TimeColumn.Write(writer, ticks.Span);
        DecimalColumn.Write(writer, values.Span);
        WriteChanges(writer, samples);
        return writer.ToArray();
    }

    public static RawSample[] Decode(byte[] block, long bucketStart)
    {
        var reader = new BlockReader(block);
        var count = reader.ReadHeader(Version, "bucket");
        var ticks = new long[count];
        var values = new double[count];
        TimeColumn.Read(reader, ticks);
        DecimalColumn.Read(reader, values);
        var samples = new RawSample[count];
        var flags = HasValueFlag;
        int? basis = null;
        var changes = reader.ReadCount();
        var nextChange = changes > 0 ? reader.ReadCount() : count;
        for (var index = 0; index < count; index++)
        {
            if (index == nextChange)
            {
                flags = reader.ReadByte();
                basis = (flags & HasBasisFlag) != 0 ? checked((int)reader.ReadSigned()) : null;
                changes--;
                nextChange = changes > 0 ? index + reader.ReadCount() : count;
            }

            var value = (flags & HasValueFlag) != 0 ? values[index] : (double?)null;
            samples[index] = new RawSample(bucketStart + ticks[index], value, (FigureState)(flags & StateMask), basis);
        }

        return samples;
    }

    private static void WriteChanges(BlockWriter writer, IReadOnlyList<RawSample> samples)
    {
        var changes = new List<int>();
        var previous = HasValueFlag;
        int? previousBasis = null;
        for (var index = 0; index < samples.Count; index++)
        {
            var flags = Flags(samples[index]);
            if (flags != previous || samples[index].Basis != previousBasis)
            {
                changes.Add(index);
                previous = flags;
                previousBasis = samples[index].Basis;
            }
        }

        writer.WriteVarint((ulong)changes.Count);
        var last = 0;
        foreach (var index in changes)
        {
            writer.WriteVarint((ulong)(index - last));
            writer.WriteByte(Flags(samples[index]));
            if (samples[index].Basis is { } basis)
            {
                writer.WriteSigned(basis);
            }

            last = index;
        }
    }

    private static byte Flags(RawSample sample) => (byte)(
        ((int)sample.State & StateMask)
        | (sample.Value is null ? 0 : HasValueFlag)
        | (sample.Basis is null ? 0 : HasBasisFlag));
}
