using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>
/// Generates queues that follow <see cref="VisitorRhythm"/>, scaled per service point, with smooth minute-level noise
/// and a per-second jitter on waits. Deterministic for a given collector and second.
/// </summary>
internal sealed class DemoQueueSource(QueueTimesSettings settings, TimeZoneInfo timeZone) : IReadingSource<ServicePointQueue>
{
    private const double PeopleAtFullLoad = 11.0;
    private const double MinutesPerPersonWaiting = 1.5;
    private const double MaxWaitMinutes = 180.0;

    public Task<IReadOnlyList<ServicePointQueue>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var load = VisitorRhythm.Load(TimeZoneInfo.ConvertTime(at, timeZone).DateTime, settings.OpensAtHour, settings.ClosesAtHour);
        var seconds = at.ToUnixTimeSeconds();
        return DemoReadings.PerName(
            settings.ServicePoints,
            collectorId,
            (servicePoint, noise) => load == 0 ? new ServicePointQueue(servicePoint, 0, 0, 0) : Generate(noise, servicePoint, load, seconds),
            cancellationToken);
    }

    private static ServicePointQueue Generate(DemoNoise noise, string servicePoint, double load, long seconds)
    {
        var size = 0.7 + 0.6 * noise.Constant();
        var drift = 1 + 0.25 * noise.Smooth(seconds, 900) + 0.1 * noise.Smooth(seconds + 17, 120);
        var queue = Math.Max(0, PeopleAtFullLoad * load * size * drift);
        var wait = Math.Clamp(queue * MinutesPerPersonWaiting + 0.6 * noise.Smooth(seconds + 31, 180) + 0.4 * noise.At(seconds), 0, MaxWaitMinutes);
        var longest = Math.Min(MaxWaitMinutes, wait * (1.5 + 0.3 * noise.Smooth(seconds + 47, 600)));
        return new ServicePointQueue(servicePoint, (int)Math.Round(queue), wait, longest);
    }
}
