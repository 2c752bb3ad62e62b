using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends.Demo;

/// <summary>
/// Simulated complaints, deterministic for a collector: the same collector and hour always bring the same complaints
/// with the same ids and lives. Complaints arrive mostly in office hours on working days (more on Mondays), with a
/// trickle from the web form in the evening, at night and on days off. Staff act only in office hours (8-17 local
/// time) on Finnish working days: the first reply comes after about a day (sometimes a week or more), most complaints
/// close within three days of it, some take weeks, and a few stay open one to two months with a note every week.
/// </summary>
internal sealed class DemoComplaintGenerator(string collectorId, TimeZoneInfo zone)
{
    /// <summary>Office hours in local time, when staff reply to and close complaints.</summary>
    public const int OpensAtHour = 8, ClosesAtHour = 17;

    /// <summary>The longest a simulated complaint stays open, follow-ups and days off included.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(75);

    private const int MaxPerHour = 16;

    private static readonly (string Name, string Code, double Share)[] Categories =
    [
        ("Waiting times", "101", 0.30), ("Digital services", "102", 0.25), ("Staff conduct", "103", 0.20),
        ("Premises", "104", 0.15), ("Opening hours", "105", 0.10),
    ];

    private static readonly string[] Agencies = ["Citizen service centre", "Central library", "Swimming hall", "Health centre"];

    private readonly DemoNoise _arrivals = new(collectorId, "complaint arrivals");
    private readonly DemoNoise _details = new(collectorId, "complaint details");
    private readonly DemoNoise _handling = new(collectorId, "complaint handling");

    /// <summary>The complaints that arrive in [<paramref name="from"/>, <paramref name="to"/>), in time order.</summary>
    public IEnumerable<DemoComplaint> ArrivedBetween(DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = from.ToUnixTimeSeconds() / 3600; hour * 3600 < to.ToUnixTimeSeconds(); hour++)
        {
            var start = DateTimeOffset.FromUnixTimeSeconds(hour * 3600);
            var rate = ArrivalsPerHour(TimeZoneInfo.ConvertTime(start, zone).DateTime);
            var count = Math.Min(MaxPerHour, (int)Math.Floor(rate + Uniform(_arrivals, hour)));
            var arrivals = Enumerable.Range(0, count)
                .Select(number => (Number: number, Time: start.AddSeconds(Math.Floor(3600 * Uniform(_arrivals, Key(hour, number, 1))))))
                .OrderBy(arrival => arrival.Time)
                .ThenBy(arrival => arrival.Number);
            foreach (var (number, time) in arrivals.Where(arrival => arrival.Time >= from && arrival.Time < to))
            {
                yield return Create(hour, number, time);
            }
        }
    }

    private DemoComplaint Create(long hour, int number, DateTimeOffset arrived)
    {
        var key = Key(hour, number, 0);
        var (category, code, _) = Pick(Uniform(_details, key));
        var hasPlace = Uniform(_details, key + 1) < 0.8;
        var firstReply = NextOfficeTime(arrived + TimeSpan.FromHours(ReplyHours(key)), key + 2);
        var closes = NextOfficeTime(firstReply + TimeSpan.FromHours(HandlingHours(key)), key + 3);
        var followUps = Enumerable.Range(1, 10)
            .Select(week => NextOfficeTime(firstReply + TimeSpan.FromDays(7 * week), key + 3 + week))
            .TakeWhile(time => time < closes);
        return new DemoComplaint
        {
            Id = $"DEMO-{hour}-{number}",
            Requested = arrived,
            Category = category,
            ServiceCode = code,
            Agency = Agencies[(int)(Uniform(_details, key + 2) * Agencies.Length) % Agencies.Length],
            Place = hasPlace ? (60.17 + 0.05 * _details.At(key + 3), 24.94 + 0.1 * _details.At(key + 4)) : null,
            Handling = [firstReply, .. followUps],
            Closes = closes,
        };
    }

    private static double ArrivalsPerHour(DateTime local)
    {
        var working = FinnishWorkingDays.IsWorkingDay(DateOnly.FromDateTime(local));
        var office = local.Hour is >= OpensAtHour and < ClosesAtHour;
        var monday = local.DayOfWeek == DayOfWeek.Monday ? 1.3 : 1.0;
        return (working, office, local.Hour) switch
        {
            (true, true, _) => 1.4 * monday,
            (true, false, >= ClosesAtHour and < 22) => 0.35,
            (false, _, >= 9 and < 21) => 0.25,
            _ => 0.07,
        };
    }

    // About a day to the first reply (log-normal around 18 h), sometimes a week or more.
    private double ReplyHours(long key) => Math.Min(24 * 20, 18 * Math.Exp(0.9 * Normal(_handling, key)));

    // Most close within three days of the reply, some within two weeks, a few after one to two months.
    private double HandlingHours(long key)
    {
        var kind = Uniform(_handling, key + 2);
        var within = Uniform(_handling, key + 3);
        return kind < 0.85 ? 1 + 71 * within : kind < 0.97 ? 24 * (3 + 12 * within) : 24 * (20 + 40 * within);
    }

    // Staff act in office hours on working days: a time outside them moves to the next opening, plus up to 90 minutes.
    private DateTimeOffset NextOfficeTime(DateTimeOffset time, long key)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        if (FinnishWorkingDays.IsWorkingDay(date) && local.Hour is >= OpensAtHour and < ClosesAtHour)
        {
            return time;
        }

        var day = local.Hour < OpensAtHour ? FinnishWorkingDays.OnOrAfter(date) : FinnishWorkingDays.AddWorkingDays(date, 1);
        var opening = day.ToDateTime(new TimeOnly(OpensAtHour, 0)).AddMinutes(Math.Floor(90 * Uniform(_handling, key + 7)));
        return LocalTimes.ToInstant(opening, zone);
    }

    private static (string Name, string Code, double Share) Pick(double uniform)
    {
        var sum = 0.0;
        foreach (var category in Categories)
        {
            sum += category.Share;
            if (uniform < sum)
            {
                return category;
            }
        }

        return Categories[^1];
    }

    private static long Key(long hour, int number, int stream) => ((hour * MaxPerHour) + number) * 64 + stream * 32;

    private static double Uniform(DemoNoise noise, long key) => Math.Clamp((noise.At(key) + 1) / 2, 0, 0.999_999_999);

    // Box-Muller from two uniforms.
    private static double Normal(DemoNoise noise, long key) =>
        Math.Sqrt(-2 * Math.Log(1 - Uniform(noise, key))) * Math.Cos(2 * Math.PI * Uniform(noise, key + 1));
}
