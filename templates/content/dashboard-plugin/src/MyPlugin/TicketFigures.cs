using Dashboard.Sdk;

namespace MyPlugin;

/// <summary>The figures of one window: tickets received in it, and tickets open at its end, overall and per category.</summary>
public static class TicketFigures
{
    /// <summary>Tickets whose start lies in the window.</summary>
    public const string Received = "tickets_received";

    /// <summary>Tickets received before the window's end and not closed by then.</summary>
    public const string Open = "tickets_open";

    /// <summary>The metrics these figures belong to.</summary>
    public static IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new(Received, "Tickets received", "", MetricDirection.HigherIsBetter),
        new(Open, "Tickets open", "", MetricDirection.LowerIsBetter),
    ];

    /// <summary>Computes the window's figures; anything timed after the window's end has not happened yet.</summary>
    public static IReadOnlyList<Figure> Compute(FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        var received = records.Where(record => record.Start >= window.From && record.Start < window.To).ToList();
        var open = records.Where(record => record.Start < window.To && (record.End is not { } end || end > window.To)).ToList();
        var figures = new List<Figure>
        {
            Figure.Of(Received, received.Count),
            Figure.Of(Open, open.Count),
        };
        foreach (var group in received.GroupBy(Category).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            figures.Add(Figure.Of(Received, group.Count(), new Dictionary<string, string> { ["category"] = group.Key }));
        }

        return figures;
    }

    private static string Category(SourceRecord record) => record.GetString(TicketCsv.CategoryField) ?? "uncategorised";
}
