using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Generates feedback whose satisfaction dips when <see cref="VisitorRhythm"/> says queues are long and whose response
/// count follows the visitors of the last hour, with smooth minute-level noise and a per-second jitter.
/// Deterministic for a given collector and second.
/// </summary>
internal sealed class DemoFeedbackSource(FeedbackSettings settings, TimeZoneInfo timeZone) : IReadingSource<ChannelFeedback>
{
    private const int OpensAtHour = 8;
    private const int ClosesAtHour = 17;
    private const double SatisfactionDipAtFullLoad = 14.0;
    private const double ResponsesPerHourAtFullLoad = 35.0;
    private const double OnlineShareOfResponses = 0.04;

    public Task<IReadOnlyList<ChannelFeedback>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var pressure = LoadAt(at);
        var lastHourLoad = Enumerable.Range(0, 6).Average(step => LoadAt(at.AddMinutes(-5 - 10 * step)));
        var seconds = at.ToUnixTimeSeconds();
        return DemoReadings.PerName(
            settings.Channels,
            collectorId,
            (channel, noise) => new ChannelFeedback(channel, Satisfaction(noise, pressure, seconds), Responses(noise, lastHourLoad, seconds)),
            cancellationToken);
    }

    private double LoadAt(DateTimeOffset at) => VisitorRhythm.Load(TimeZoneInfo.ConvertTime(at, timeZone).DateTime, OpensAtHour, ClosesAtHour);

    private static double Satisfaction(DemoNoise noise, double pressure, long seconds)
    {
        var usual = 84 + 8 * noise.Constant();
        var satisfied = usual - SatisfactionDipAtFullLoad * pressure
            + 2.5 * noise.Smooth(seconds, 1200) + 1.0 * noise.Smooth(seconds + 13, 180) + 0.4 * noise.At(seconds);
        return Math.Clamp(satisfied, 0, 100);
    }

    private static int Responses(DemoNoise noise, double lastHourLoad, long seconds)
    {
        var size = 0.5 + noise.Constant();
        var responses = ResponsesPerHourAtFullLoad * size * (OnlineShareOfResponses + lastHourLoad) * (1 + 0.2 * noise.Smooth(seconds + 29, 600));
        return (int)Math.Round(Math.Max(0, responses));
    }
}
