using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.QueueTimes.Demo;

/// <summary>
/// One simulated local day of one service point or queue: its opening hours, the arrivals following
/// <see cref="VisitorRhythm"/> (a morning rush, a lunch bump), and deterministic random numbers keyed by collector,
/// name and date, so that the day is the same whenever and however often it is generated.
/// </summary>
internal sealed class DemoDay
{
    private readonly DemoNoise _noise;
    private readonly TimeZoneInfo _zone;
    private readonly QueueTimesSettings _settings;
    private long _draws;

    public DemoDay(string collectorId, string stream, string name, DateOnly date, QueueTimesSettings settings, TimeZoneInfo zone)
    {
        _noise = new DemoNoise(collectorId, $"{stream}|{name}|{date:yyyy-MM-dd}");
        _zone = zone;
        _settings = settings;
        Date = date;
        Size = new DemoNoise(collectorId, $"{stream}|{name}").Constant();
    }

    /// <summary>The local date simulated.</summary>
    public DateOnly Date { get; }

    /// <summary>A constant in [0, 1) per name, so that service points differ in size.</summary>
    public double Size { get; }

    /// <summary>When the service opens this day.</summary>
    public DateTimeOffset Opens => At(TimeSpan.FromHours(_settings.OpensAtHour));

    /// <summary>When the service closes this day.</summary>
    public DateTimeOffset Closes => At(TimeSpan.FromHours(_settings.ClosesAtHour));

    /// <summary>The instant of a local time of day.</summary>
    public DateTimeOffset At(TimeSpan timeOfDay) => EventTimes.FromLocal(Date.ToDateTime(TimeOnly.MinValue).Add(timeOfDay), _zone);

    /// <summary>The next uniform number in [0, 1).</summary>
    public double Next() => (_noise.At(++_draws) + 1.0) / 2.0;

    /// <summary>
    /// Arrival times from opening until <paramref name="lastArrival"/> before closing, each minute drawing on average
    /// <paramref name="peakPerMinute"/> times the day's load.
    /// </summary>
    public IEnumerable<DateTimeOffset> Arrivals(double peakPerMinute, TimeSpan lastArrival)
    {
        var open = Opens;
        var minutes = (int)(Closes - lastArrival - open).TotalMinutes;
        for (var minute = 0; minute < minutes; minute++)
        {
            var time = open.AddMinutes(minute);
            var load = VisitorRhythm.Load(TimeZoneInfo.ConvertTime(time, _zone).DateTime, _settings.OpensAtHour, _settings.ClosesAtHour);
            var count = (int)Math.Floor(peakPerMinute * load + Next());
            var seconds = Enumerable.Range(0, count).Select(_ => Next() * 60).Order().ToList();
            foreach (var second in seconds)
            {
                yield return time.AddSeconds(Math.Floor(second));
            }
        }
    }
}
