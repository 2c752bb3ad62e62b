namespace Dashboard.Host.Metrics.Encoding;

/// <summary>Maps signed to unsigned so that small magnitudes, positive or negative, get few bits (0, -1, 1, -2 → 0, 1, 2, 3).</summary>
public static class ZigZag
{
    public static ulong Encode(long value) => (ulong)((value << 1) ^ (value >> 63));

    public static long Decode(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
