using Dashboard.Host.Metrics;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// Figures as they really are, each series a noisy random walk from its own seed: a third counts (whole numbers), a
/// third percentages with one decimal, a third minutes with two decimals; every series one sample per step.
/// </summary>
public sealed class FigureWalks(int series, TimeSpan step, DateTimeOffset start)
{
    public int Series => series;

    /// <summary>The samples of <paramref name="steps"/> steps, time-major (every series at a step, then the next step), in batches.</summary>
    public IEnumerable<QualifiedSample[]> Batches(int steps, int batchSize)
    {
        var walks = Enumerable.Range(0, series).Select(Walk).ToArray();
        var batch = new List<QualifiedSample>(batchSize);
        for (var index = 0; index < steps; index++)
        {
            var at = start + step * index;
            for (var number = 0; number < series; number++)
            {
                batch.Add(new QualifiedSample("bench", Key(number), at, walks[number].Next(), Dimensions(number)));
                if (batch.Count == batchSize)
                {
                    yield return [.. batch];
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    public static string Key(int number) => $"bench.figure{number}";

    public static Dictionary<string, string> Dimensions(int number) => new() { ["window"] = "today", ["servicePoint"] = $"point{number % 7}" };

    public static string SeriesKeyOf(int number) => Metrics.SeriesKey.For(Key(number), Dimensions(number));

    private static RandomWalk Walk(int number) => (number % 3) switch
    {
        0 => new RandomWalk(number, start: 40, maxStep: 3, min: 0, max: 100_000, scale: 1),
        1 => new RandomWalk(number, start: 800, maxStep: 6, min: 0, max: 1_000, scale: 10),
        _ => new RandomWalk(number, start: 450, maxStep: 40, min: 0, max: 100_000, scale: 100),
    };
}
