namespace Dashboard.Host.Dashboards;

/// <summary>The widgets a tile can use, and what each needs.</summary>
public static class Widgets
{
    public const string Number = "number";
    public const string Trend = "trend";
    public const string Bars = "bars";
    public const string Gauge = "gauge";
    public const string TopList = "topList";
    public const string ServicePoints = "servicePoints";
    public const string Clock = "clock";
    public const string Text = "text";

    public static IReadOnlyList<string> All { get; } = [Number, Trend, Bars, Gauge, TopList, ServicePoints, Clock, Text];

    /// <summary>The widget shows a metric of a collector.</summary>
    public static bool ShowsData(string widget) => widget is not (Clock or Text);

    /// <summary>The widget shows one entry per value of a dimension.</summary>
    public static bool ShowsBreakdown(string widget) => widget is Bars or TopList or ServicePoints;

    /// <summary>The dimension a servicePoints tile groups by when it names none.</summary>
    public const string DefaultServicePointDimension = "servicePoint";
}
