namespace Dashboard.Host.Metrics.Encoding;

/// <summary>Reads what <see cref="BlockWriter"/> wrote, in the same order.</summary>
public sealed class BlockReader(byte[] block)
{
    private int _position;

    public byte ReadByte() => block[_position++];

    public ulong ReadVarint()
    {
        ulong value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = block[_position++];
            value |= (ulong)(next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);
        return value;
    }

    public long ReadSigned() => ZigZag.Decode(ReadVarint());

    public int ReadCount() => checked((int)ReadVarint());

    /// <summary>Checks the block's version byte (<paramref name="kind"/> names the block in the error) and reads its item count.</summary>
    public int ReadHeader(byte version, string kind) =>
        ReadByte() == version ? ReadCount() : throw new InvalidDataException($"A metric {kind} has an unknown block version.");

    public double ReadDouble()
    {
        var value = BitConverter.ToInt64(block, _position);
        _position += 8;
        return BitConverter.Int64BitsToDouble(value);
    }

    public void ReadPacked(Span<ulong> values, int width)
    {
        if (width == 0)
        {
            values.Clear();
            return;
        }

        var mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        var bitPosition = 0L;
        var start = _position;
        for (var index = 0; index < values.Length; index++)
        {
            var byteIndex = start + (int)(bitPosition >> 3);
            var shift = (int)(bitPosition & 7);
            // Up to 64 + 7 bits may be needed: read 8 bytes, and a ninth when the value runs past them.
            var word = ReadLittleEndian(byteIndex, 8) >> shift;
            if (shift + width > 64)
            {
                word |= ReadLittleEndian(byteIndex + 8, 1) << (64 - shift);
            }

            values[index] = word & mask;
            bitPosition += width;
        }

        _position = start + (int)((bitPosition + 7) >> 3);
    }

    private ulong ReadLittleEndian(int offset, int count)
    {
        if (count == 8 && offset + 8 <= block.Length)
        {
            return BitConverter.ToUInt64(block, offset);
        }

        ulong word = 0;
        var available = Math.Min(count, block.Length - offset);
        for (var index = 0; index < available; index++)
        {
            word |= (ulong)block[offset + index] << (8 * index);
        }

        return word;
    }
}
