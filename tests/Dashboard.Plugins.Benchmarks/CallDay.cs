using System.Globalization;
using System.Text;

namespace Dashboard.Plugins.Benchmarks;

/// <summary>
/// A busy phone day as Asterisk writes it to queue_log: calls spread evenly from 08:00 to 20:00 local time, waits of
/// 0-299 s, one call in seven abandoned, the rest answered and completed after 1-10 minutes of talk.
/// </summary>
public static class CallDay
{
    public static string QueueLog(int calls, DateTimeOffset dayStartUtc)
    {
        var text = new StringBuilder(calls * 200);
        var spacing = TimeSpan.FromHours(12) / calls;
        for (var call = 0; call < calls; call++)
        {
            var entered = dayStartUtc.AddHours(8) + spacing * call;
            var wait = (int)((uint)(call * 2_654_435_761L) % 300);
            var id = $"1700000000.{call}";
            var queue = call % 3 == 0 ? "billing" : "support";
            Line(text, entered, id, queue, "NONE", "ENTERQUEUE", "", "0401234567", "1");
            if (call % 7 == 0)
            {
                Line(text, entered.AddSeconds(wait), id, queue, "NONE", "ABANDON", "1", "1", wait.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var talk = 60 + call % 540;
            Line(text, entered.AddSeconds(wait), id, queue, "PJSIP/agent" + call % 12, "CONNECT", wait.ToString(CultureInfo.InvariantCulture), id + "1", "2");
            Line(text, entered.AddSeconds(wait + talk), id, queue, "PJSIP/agent" + call % 12, "COMPLETECALLER", wait.ToString(CultureInfo.InvariantCulture), talk.ToString(CultureInfo.InvariantCulture), "1");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, DateTimeOffset at, string callId, string queue, string agent, string verb, params string[] data) =>
        text.Append(at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))
            .Append('|').Append(callId).Append('|').Append(queue).Append('|').Append(agent).Append('|').Append(verb)
            .Append('|').Append(string.Join('|', data)).Append('\n');
}
