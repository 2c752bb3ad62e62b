using Dashboard.Sdk;

namespace Dashboard.Host.Metrics.Encoding;

/// <summary>One stored sample of a series: its time in UTC ticks and the figure as written.</summary>
public readonly record struct RawSample(long UtcTicks, double? Value, FigureState State, int? Basis)
{
    public SamplePoint ToPoint() => new(new DateTimeOffset(UtcTicks, TimeSpan.Zero), Value, State, Basis);
}
