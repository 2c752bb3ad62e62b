namespace Dashboard.Plugins.ComplaintTrends.Demo;

/// <summary>
/// A simulated complaint's whole life, fixed when it arrives: when staff act on it (the first handling note, then a
/// follow-up note every week while it stays open) and when it is closed. What a server shows depends on the moment it
/// is asked (<see cref="Handled"/>, <see cref="IsClosed"/>, <see cref="Updated"/>).
/// </summary>
internal sealed record DemoComplaint
{
    public required string Id { get; init; }

    public required DateTimeOffset Requested { get; init; }

    public required string Category { get; init; }

    public required string ServiceCode { get; init; }

    public required string Agency { get; init; }

    /// <summary>WGS84 place; null for a complaint without one, which the feed sends as 0, 0.</summary>
    public (double Latitude, double Longitude)? Place { get; init; }

    /// <summary>When staff acted on it, in order; the first is the first reply.</summary>
    public required IReadOnlyList<DateTimeOffset> Handling { get; init; }

    public required DateTimeOffset Closes { get; init; }

    public bool IsClosed(DateTimeOffset now) => Closes <= now;

    public IEnumerable<DateTimeOffset> Handled(DateTimeOffset now) => Handling.Where(time => time <= now);

    /// <summary>GeoReport v2 <c>updated_datetime</c>: the closing once closed, otherwise the latest handling or the arrival.</summary>
    public DateTimeOffset Updated(DateTimeOffset now) => IsClosed(now) ? Closes : Handled(now).DefaultIfEmpty(Requested).Max();
}
