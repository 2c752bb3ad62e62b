using System.Globalization;

namespace Dashboard.Plugins.QueueTimes.Demo;

/// <summary>
/// A simulated Asterisk queue: members log in at opening (ADDMEMBER) and out after their last call (REMOVEMEMBER),
/// callers enter the queue, are answered first come first served or hang up when their patience runs out, and every
/// step is a queue_log line <c>epoch|callid|queue|agent|EVENT|params</c>, parameters as Asterisk 1.4 and later write them.
/// </summary>
internal static class DemoPhoneLine
{
    private const double PeakCallsPerAgentMinute = 0.3;
    private static readonly TimeSpan LastCall = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Announcement = TimeSpan.FromSeconds(2);

    /// <summary>The day's calls and member sessions of <paramref name="queue"/>.</summary>
    public static IEnumerable<DemoEntity> Day(DemoDay day, string queue)
    {
        var agents = 2 + (int)(3 * day.Size);
        var floor = new DemoServiceFloor([.. Enumerable.Range(0, agents).Select(agent => day.Opens.AddMinutes(agent))]);
        var sequence = 0;
        foreach (var arrival in day.Arrivals(agents * PeakCallsPerAgentMinute, LastCall))
        {
            sequence++;
            var callId = $"{arrival.ToUnixTimeSeconds()}.{sequence}";
            var talk = TimeSpan.FromSeconds(90 + 270 * day.Next());
            var patience = TimeSpan.FromSeconds(20 + 340 * day.Next());
            var ring = TimeSpan.FromSeconds(Math.Round(3 + 7 * day.Next()));
            var (start, agent) = floor.Next(arrival + Announcement);
            var events = new List<(DateTimeOffset, string)> { (arrival, Line(arrival, callId, queue, "NONE", "ENTERQUEUE", "", "anonymous")) };
            if (start - arrival > patience)
            {
                var left = arrival + patience;
                events.Add((left, Line(left, callId, queue, "NONE", "ABANDON", "1", "1", Seconds(patience))));
            }
            else
            {
                var answered = start + ring;
                var done = answered + talk;
                floor.Book(agent, done);
                var member = AgentName(agent);
                events.Add((answered, Line(answered, callId, queue, member, "CONNECT", Seconds(answered - arrival), $"{callId}1", Seconds(ring))));
                events.Add((done, Line(done, callId, queue, member, day.Next() < 0.6 ? "COMPLETECALLER" : "COMPLETEAGENT", Seconds(answered - arrival), Seconds(talk), "1")));
            }

            yield return new DemoEntity(events);
        }

        for (var agent = 0; agent < agents; agent++)
        {
            var login = day.Opens.AddMinutes(agent);
            var logout = floor.FreeAt[agent] > day.Closes ? floor.FreeAt[agent] : day.Closes.AddMinutes(agent);
            yield return new DemoEntity(
            [
                (login, Line(login, "NONE", queue, AgentName(agent), "ADDMEMBER", "")),
                (logout, Line(logout, "NONE", queue, AgentName(agent), "REMOVEMEMBER", "")),
            ]);
        }
    }

    private static string AgentName(int agent) => $"PJSIP/{1001 + agent}";

    private static string Seconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string Line(DateTimeOffset time, string callId, string queue, string agent, string name, params string[] parameters) =>
        string.Join('|', [time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), callId, queue, agent, name, .. parameters]);
}
