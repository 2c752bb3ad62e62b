using Dashboard.Sdk;

namespace Dashboard.Host.Dashboards;

/// <summary>The words a tile uses for direction and comparison.</summary>
public static class TileDirections
{
    public const string LowerIsBetter = "lowerIsBetter";
    public const string HigherIsBetter = "higherIsBetter";
    public const string PreviousPeriod = "previousPeriod";
    public const string NoComparison = "none";

    public static IReadOnlyList<string> Directions { get; } = [LowerIsBetter, HigherIsBetter];

    public static IReadOnlyList<string> Comparisons { get; } = [PreviousPeriod, NoComparison];

    public static string Of(MetricDirection direction) => direction == MetricDirection.LowerIsBetter ? LowerIsBetter : HigherIsBetter;
}
