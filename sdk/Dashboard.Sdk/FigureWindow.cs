namespace Dashboard.Sdk;

/// <summary>
/// The stretch of time a figure describes, chosen by the host from the collector's windows: "today" runs from local
/// midnight in the collector's time zone to now, "60m" is the last 60 minutes, "7d" the last seven local days with today.
/// </summary>
public sealed record FigureWindow
{
    /// <summary>The window's id as configured, e.g. <c>today</c>, <c>60m</c>, <c>7d</c>; figures are stored per window.</summary>
    public required string Id { get; init; }

    /// <summary>The window's start, inclusive.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>The window's end, exclusive: the moment the figure is for ("now").</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>The collector's time zone, for local days, opening hours and working days.</summary>
    public required TimeZoneInfo TimeZone { get; init; }
}
