namespace Dashboard.Host.Benchmarks;

/// <summary>An integer that moves by up to ±maxStep a step within bounds, read as integer / scale (a short decimal).</summary>
public sealed class RandomWalk(int seed, long start, int maxStep, long min, long max, int scale)
{
    private readonly Random _random = new(seed);
    private long _current = start;

    public double Next()
    {
        _current = Math.Clamp(_current + _random.Next(-maxStep, maxStep + 1), min, max);
        return _current / (double)scale;
    }
}
