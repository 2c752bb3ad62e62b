using System.Diagnostics;
using Dashboard.Plugins.Benchmarks;
using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

// A measured run, not a test: the time the queue plugin takes to compute a whole day's figures from 20,000 calls,
// parsed from queue_log text by the real parser and merged into records by the host's rule.
const int Calls = 20_000;
const int Rounds = 30;
var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
var dayStart = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(2));
var harness = new RecordPluginHarness<QueueTimesPlugin>(startTime: dayStart.AddHours(21)) { TimeZone = zone };
var settings = harness.BindSettings("""{ "source": "push", "openState": "alwaysOpen" }""");

var parse = Stopwatch.StartNew();
var batch = await harness.ReceiveAsync(settings, "text/plain", CallDay.QueueLog(Calls, dayStart));
parse.Stop();
var records = harness.Records;
var window = harness.Today(zone);
var context = new CollectContext("benchmark", settings, harness.Time, harness.Logger) { TimeZone = zone };
var plugin = harness.Plugin;

var figures = plugin.Compute(context, window, records);
var timings = new List<double>(Rounds);
for (var round = 0; round < Rounds; round++)
{
    var watch = Stopwatch.StartNew();
    figures = plugin.Compute(context, window, records);
    timings.Add(watch.Elapsed.TotalMilliseconds);
}

timings.Sort();
Console.WriteLine($"Parsed {batch.Updates.Count:N0} queue_log events into {records.Count:N0} records in {parse.ElapsedMilliseconds:N0} ms ({batch.Updates.Count / parse.Elapsed.TotalSeconds:N0} events/s)");
Console.WriteLine($"Figures of a {Calls:N0}-call day ({figures.Count} figures), {Rounds} rounds after a warm-up:");
Console.WriteLine($"  min {timings[0]:N2} ms, median {timings[Rounds / 2]:N2} ms, max {timings[^1]:N2} ms (target: under 50 ms)");
var answered = figures.Single(figure => figure.MetricKey == QueueMetrics.Answered && figure.Dimensions is not { Count: > 0 });
Console.WriteLine($"  answered calls overall: {answered.Value} (expected {Calls - (Calls + 6) / 7})");
