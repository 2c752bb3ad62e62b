namespace Dashboard.Host.Metrics.Encoding;

/// <summary>Builds rollup points from samples and coarser points from finer ones.</summary>
public static class Rollups
{
    /// <summary>One point per interval of <paramref name="step"/> ticks that holds a sample with a value; samples sorted by time.</summary>
    public static List<RollupPoint> FromSamples(IEnumerable<RawSample> samples, long step)
    {
        var points = new List<RollupPoint>();
        AddSamples(points, samples, step);
        return points;
    }

    /// <summary>Extends <paramref name="points"/> with samples sorted by time, none before the last point's interval.</summary>
    public static void AddSamples(List<RollupPoint> points, IEnumerable<RawSample> samples, long step)
    {
        foreach (var sample in samples)
        {
            if (sample.Value is not { } value)
            {
                continue;
            }

            var point = new RollupPoint(sample.UtcTicks - sample.UtcTicks % step, 1, value, value, value, value);
            AddInOrder(points, point);
        }
    }

    /// <summary>Points regrouped into intervals of <paramref name="step"/> ticks counted from <paramref name="origin"/>; input sorted by time.</summary>
    public static List<RollupPoint> Regroup(IEnumerable<RollupPoint> points, long origin, long step)
    {
        var grouped = new List<RollupPoint>();
        foreach (var point in points)
        {
            var start = origin + Math.DivRem(point.StartTicks - origin, step).Quotient * step;
            AddInOrder(grouped, point with { StartTicks = start });
        }

        return grouped;
    }

    /// <summary>
    /// Sums exactly in decimal where both sides are decimals (so 45.3 + 45.5 stores as 90.8, which the decimal column
    /// keeps in a few bits), in double otherwise.
    /// </summary>
    public static double Add(double left, double right)
    {
        const double decimalRange = 7.9e27;
        if (double.IsFinite(left) && double.IsFinite(right) && Math.Abs(left) < decimalRange && Math.Abs(right) < decimalRange)
        {
            var sum = (decimal)left + (decimal)right;
            return (double)sum;
        }

        return left + right;
    }

    private static void AddInOrder(List<RollupPoint> points, RollupPoint point)
    {
        if (points.Count > 0 && points[^1].StartTicks == point.StartTicks)
        {
            points[^1] = RollupPoint.Combine(points[^1], point);
        }
        else
        {
            points.Add(point);
        }
    }
}
