using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Collectors;

public sealed class CollectorBackoffTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 2)] // 2^(3-2) = 2 minutes
    [InlineData(4, 4)] // 2^(4-2) = 4
    [InlineData(5, 8)] // 2^(5-2) = 8
    [InlineData(7, 32)] // 2^(7-2) = 32
    [InlineData(8, 60)] // 2^(8-2) = 64, capped at 60
    [InlineData(40, 60)]
    public void Until_ConsecutiveFailures_DoublesFromTwoMinutesUpToAnHour(int failures, int? expectedMinutes)
    {
        var until = CollectorBackoff.Until(Start, failures);

        Assert.Equal(expectedMinutes is { } minutes ? Start.AddMinutes(minutes) : null, until);
    }

    [Fact]
    public void Describe_BackingOffInAnotherZone_SaysUntilWhenInTheCollectorsZoneAndHowManyFailures()
    {
        var run = new CollectorRun { ConsecutiveFailures = 5, BackoffUntilUtcTicks = Start.AddMinutes(8).UtcTicks };
        var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

        // 09:08 UTC is 11:08 in Helsinki in March (UTC+2).
        Assert.Equal("backing off until 11:08 (Europe/Helsinki) after 5 failures", CollectorBackoff.Describe(run, helsinki, Start));
        Assert.Null(CollectorBackoff.Describe(run, helsinki, Start.AddMinutes(8)));
    }

    [Fact]
    public async Task ScheduledRuns_SourceFailsThreeTimesThenWorks_BacksOffThenRecoversByItself()
    {
        var clock = new FakeTimeProvider(Start);
        await using var live = LiveHost.Start(new Dictionary<string, string?>(), services => services.AddSingleton<TimeProvider>(clock), "fixture-records");
        var admin = live.Client;
        var logs = live.Host.Logs;
        await HostWithPlugins.CreateAsync(admin, HostWithPlugins.Collector("flaky", "fixture-records", new { failWith = "source down" }, cron: "* * * * * *"));

        await logs.WaitForAsync(_ => logs.Entries.Count(entry => entry.Message.Contains("flaky run recorded: Failed", StringComparison.Ordinal)) >= 3, Patience);
        await logs.WaitForAsync(entry => entry.Message.Contains("flaky run recorded: Skipped (backing off", StringComparison.Ordinal), Patience);
        var backingOff = await admin.GetFromJsonAsync<JsonElement>("/api/collectors/flaky");

        // The clock stands at 09:00; 3 failures back off 2^(3-2) = 2 minutes, so until 09:02.
        Assert.Equal("backingOff", backingOff.GetProperty("state").GetString());
        Assert.Equal("backing off until 09:02 (UTC) after 3 failures", backingOff.GetProperty("backoff").GetString());
        Assert.Equal(3, logs.Entries.Count(entry => entry.Message.Contains("flaky run recorded: Failed", StringComparison.Ordinal)));

        var fixedSource = await admin.PutAsJsonAsync("/api/collectors/flaky", HostWithPlugins.Collector("flaky", "fixture-records", new { }, cron: "* * * * * *"));
        Assert.True(fixedSource.IsSuccessStatusCode, await fixedSource.Content.ReadAsStringAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        await logs.WaitForAsync(entry => entry.Message.Contains("flaky run recorded: Succeeded", StringComparison.Ordinal), Patience);

        var recovered = await admin.GetFromJsonAsync<JsonElement>("/api/collectors/flaky");
        Assert.Equal("ok", recovered.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, recovered.GetProperty("backoff").ValueKind);
    }
}
