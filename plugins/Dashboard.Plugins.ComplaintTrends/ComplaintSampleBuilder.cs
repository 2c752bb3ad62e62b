using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Turns per-category readings into samples: one per category and metric, plus an overall one per metric.</summary>
internal static class ComplaintSampleBuilder
{
    public static IReadOnlyList<MetricSample> Build(IReadOnlyList<CategoryComplaints> readings, DateTimeOffset timestamp)
    {
        var samples = new List<MetricSample>((readings.Count + 1) * 3);
        foreach (var reading in readings)
        {
            var dimensions = new Dictionary<string, string> { [ComplaintMetrics.CategoryDimension] = reading.Category };
            samples.Add(new(ComplaintMetrics.OpenComplaints, timestamp, reading.Open, dimensions));
            samples.Add(new(ComplaintMetrics.NewComplaintsToday, timestamp, reading.NewToday, dimensions));
            samples.Add(new(ComplaintMetrics.AverageComplaintAgeDays, timestamp, reading.AverageAgeDays, dimensions));
        }

        if (readings.Count > 0)
        {
            samples.Add(new(ComplaintMetrics.OpenComplaints, timestamp, readings.Sum(reading => reading.Open)));
            samples.Add(new(ComplaintMetrics.NewComplaintsToday, timestamp, readings.Sum(reading => reading.NewToday)));
            samples.Add(new(ComplaintMetrics.AverageComplaintAgeDays, timestamp, OverallAge(readings)));
        }

        return samples;
    }

    private static double OverallAge(IReadOnlyList<CategoryComplaints> readings)
    {
        // Weighted by open complaints: the average age of all open complaints, whatever their category.
        var open = readings.Sum(reading => reading.Open);
        return open == 0 ? 0 : readings.Sum(reading => reading.AverageAgeDays * reading.Open) / open;
    }
}
