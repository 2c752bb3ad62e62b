using System.Buffers;

namespace Dashboard.Host.Metrics.Encoding;

/// <summary>Appends bytes, LEB128 varints and bit-packed groups to a growing buffer rented from the shared pool.</summary>
public sealed class BlockWriter : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1024);

    public int Length { get; private set; }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void WriteVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    /// <summary>The version byte and item count every block starts with.</summary>
    public void WriteHeader(byte version, int count)
    {
        WriteByte(version);
        WriteVarint((ulong)count);
    }

    public void WriteSigned(long value) => WriteVarint(ZigZag.Encode(value));

    public void WriteDouble(double value)
    {
        Ensure(8);
        BitConverter.TryWriteBytes(_buffer.AsSpan(Length), BitConverter.DoubleToInt64Bits(value));
        Length += 8;
    }

    /// <summary>Writes <paramref name="values"/> at <paramref name="width"/> bits each, padded to whole bytes.</summary>
    public void WritePacked(ReadOnlySpan<ulong> values, int width)
    {
        if (width == 0)
        {
            return;
        }

        Ensure((values.Length * width + 7) / 8 + 8);
        ulong pending = 0;
        var pendingBits = 0;
        foreach (var value in values)
        {
            // Low bits first; a value may straddle the 64-bit accumulator.
            pending |= value << pendingBits;
            var taken = 64 - pendingBits;
            pendingBits += width;
            if (pendingBits >= 64)
            {
                Flush64(pending);
                pendingBits -= 64;
                pending = taken >= 64 || pendingBits == 0 ? 0 : value >> taken;
            }
        }

        while (pendingBits > 0)
        {
            _buffer[Length++] = (byte)pending;
            pending >>= 8;
            pendingBits -= 8;
        }
    }

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private void Flush64(ulong word)
    {
        BitConverter.TryWriteBytes(_buffer.AsSpan(Length), word);
        Length += 8;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private void Ensure(int more)
    {
        if (Length + more > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + more));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
