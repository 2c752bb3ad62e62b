using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Scheduling;

public sealed class ScheduleApiTests : IDisposable
{
    // Monday 2 March 2026 05:50 UTC is 07:50 in Helsinki (EET, UTC+2; summer time starts on 29 March).
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 5, 50, 0, TimeSpan.Zero);

    private readonly DashboardHostFactory _factory = new() { ConfigureServices = services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)) };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Preview_EveryQuarterHourOnWeekdayWorkingHours_DescribesItAndListsFiveRunsInTheZone()
    {
        var preview = await _factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/schedule/preview?cron=*/15 8-17 * * 1-5&timeZone=Europe/Helsinki");

        Assert.Equal("Every 15 minutes from 08:00 to 17:59 on weekdays", preview.GetProperty("description").GetString());

        // 07:50 local: the first run is 08:00, then every quarter hour; each keeps Helsinki's +02:00 offset.
        Assert.Equal(
            ["2026-03-02T08:00:00+02:00", "2026-03-02T08:15:00+02:00", "2026-03-02T08:30:00+02:00", "2026-03-02T08:45:00+02:00", "2026-03-02T09:00:00+02:00"],
            preview.GetProperty("nextRuns").EnumerateArray().Select(run => run.GetString()));
    }

    [Fact]
    public async Task Preview_NoTimeZone_ReadsTheCronInHelsinki()
    {
        var preview = await _factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/schedule/preview?cron=0 8 * * *");

        // 07:50 in Helsinki, so 08:00 the same day comes first: 06:00 UTC.
        Assert.Equal("Europe/Helsinki", preview.GetProperty("timeZone").GetString());
        Assert.Equal("2026-03-02T08:00:00+02:00", preview.GetProperty("nextRuns")[0].GetString());
    }

    [Theory]
    [InlineData("cron=0 0 30 2 *", "cron", "never fires")]
    [InlineData("cron=61 * * * *", "cron", "'61 * * * *' is not a cron expression")]
    [InlineData("cron=", "cron", "is not a cron expression")]
    [InlineData("cron=* * * * *&timeZone=Mars/Olympus", "timeZone", "Unknown time zone 'Mars/Olympus'")]
    public async Task Preview_BadScheduleOrZone_Returns400NamingTheField(string query, string field, string expected)
    {
        var response = await _factory.CreateAdminClient().GetAsync($"/api/schedule/preview?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(expected, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }
}
