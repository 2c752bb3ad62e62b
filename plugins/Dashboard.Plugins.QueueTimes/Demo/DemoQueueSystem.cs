using System.Globalization;
using System.Text.Json;

namespace Dashboard.Plugins.QueueTimes.Demo;

/// <summary>
/// A simulated queue-management system at one service point: counters open in the morning and close after the last
/// visitor, tickets are issued until half an hour before closing, visitors wait first come first served, a few leave or
/// never come when called. Its events are Qmatic-style JSON objects, exactly what a real system would push.
/// </summary>
internal static class DemoQueueSystem
{
    private const double PeakVisitorsPerCounterMinute = 0.2;
    private static readonly TimeSpan LastTicket = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan NoShowGrace = TimeSpan.FromMinutes(2);

    /// <summary>The day's visits and counter sessions at <paramref name="servicePoint"/>.</summary>
    public static IEnumerable<DemoEntity> Day(DemoDay day, string servicePoint)
    {
        var counters = 2 + (int)(3 * day.Size);
        var floor = new DemoServiceFloor([.. Enumerable.Range(0, counters).Select(counter => day.Opens.AddMinutes(2 * counter))]);
        var sequence = 0;
        foreach (var arrival in day.Arrivals(counters * PeakVisitorsPerCounterMinute, LastTicket))
        {
            sequence++;
            var service = TimeSpan.FromMinutes(3 + 6 * day.Next());
            var patience = TimeSpan.FromMinutes(25 + 40 * day.Next());
            var noShow = day.Next() < 0.05;
            var visit = new VisitDraft(servicePoint, $"{servicePoint}/{day.Date:yyyyMMdd}/{sequence}", $"A{sequence:D3}");
            var (start, counter) = floor.Next(arrival);
            var events = new List<(DateTimeOffset, string)> { (arrival, visit.Event("VISIT_CREATE", arrival)) };
            if (start - arrival > patience)
            {
                events.Add((arrival + patience, visit.Event("VISIT_REMOVE", arrival + patience)));
            }
            else
            {
                var done = start + (noShow ? NoShowGrace : service);
                floor.Book(counter, done);
                events.Add((start, visit.Event("VISIT_CALL", start, CounterName(counter))));
                events.Add((done, visit.Event(noShow ? "VISIT_NOSHOW" : "VISIT_END", done)));
            }

            yield return new DemoEntity(events);
        }

        for (var counter = 0; counter < counters; counter++)
        {
            var opens = day.Opens.AddMinutes(2 * counter);
            var closes = floor.FreeAt[counter] > day.Closes ? floor.FreeAt[counter] : day.Closes.AddMinutes(counter);
            yield return new DemoEntity(
            [
                (opens, CounterEvent("SERVICE_POINT_OPEN", opens, servicePoint, CounterName(counter))),
                (closes, CounterEvent("SERVICE_POINT_CLOSE", closes, servicePoint, CounterName(counter))),
            ]);
        }
    }

    private static string CounterName(int counter) => $"Counter {counter + 1}";

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string CounterEvent(string name, DateTimeOffset time, string servicePoint, string counter) =>
        JsonSerializer.Serialize(new { eventName = name, eventTime = Time(time), parameters = new { branchName = servicePoint, servicePointName = counter } });

    private sealed record VisitDraft(string ServicePoint, string VisitId, string Ticket)
    {
        public string Event(string name, DateTimeOffset time, string? counter = null) => JsonSerializer.Serialize(new
        {
            eventName = name,
            eventTime = Time(time),
            parameters = new { visitId = VisitId, ticket = Ticket, branchName = ServicePoint, servicePointName = counter, serviceName = "General service" },
        });
    }
}
