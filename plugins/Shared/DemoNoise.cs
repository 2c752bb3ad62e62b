using System.Text;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// Deterministic pseudo-random numbers keyed by collector, stream name and time, so the demo gives the same value for
/// the same collector and second every time, and different collectors look different.
/// </summary>
internal sealed class DemoNoise
{
    private readonly ulong _seed;

    public DemoNoise(string collectorId, string stream)
    {
        _seed = Hash($"{collectorId}\u001f{stream}");
    }

    /// <summary>A uniform value in [-1, 1] for an integer key.</summary>
    public double At(long key) => (Mix(_seed ^ Mix(unchecked((ulong)key))) >> 11) * (2.0 / (1UL << 53)) - 1.0;

    /// <summary>A uniform value in [0, 1), constant for the stream.</summary>
    public double Constant() => (At(0) + 1.0) / 2.0;

    /// <summary>Value noise in [-1, 1] that moves smoothly from one knot to the next every <paramref name="periodSeconds"/>.</summary>
    public double Smooth(long unixSeconds, int periodSeconds)
    {
        var knot = Math.DivRem(unixSeconds, periodSeconds, out var remainder);
        if (remainder < 0)
        {
            knot--;
            remainder += periodSeconds;
        }

        var fraction = (double)remainder / periodSeconds;
        var eased = fraction * fraction * (3 - 2 * fraction);
        return At(knot) + (At(knot + 1) - At(knot)) * eased;
    }

    private static ulong Hash(string text)
    {
        // FNV-1a: stable across processes and platforms, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }

    private static ulong Mix(ulong value)
    {
        // SplitMix64 finaliser: spreads neighbouring keys over the whole range.
        value = unchecked((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL);
        value = unchecked((value ^ (value >> 27)) * 0x94D049BB133111EBUL);
        return value ^ (value >> 31);
    }
}
