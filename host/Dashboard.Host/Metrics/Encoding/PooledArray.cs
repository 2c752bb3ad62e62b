using System.Buffers;

namespace Dashboard.Host.Metrics.Encoding;

/// <summary>A scratch column of <paramref name="length"/> items rented from the shared pool for the span of one encode.</summary>
public readonly struct PooledArray<T>(int length) : IDisposable
{
    private readonly T[] _array = ArrayPool<T>.Shared.Rent(length);

    public Span<T> Span => _array.AsSpan(0, length);

    public void Dispose() => ArrayPool<T>.Shared.Return(_array);
}
