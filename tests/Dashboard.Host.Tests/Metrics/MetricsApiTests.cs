using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Metrics;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Metrics;

public sealed class MetricsApiTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly HostWithPlugins _host = new("fixture-good");
    private readonly HttpClient _client;

    public MetricsApiTests() => _client = _host.Factory.CreateAdminClient();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Samples_WithPoints_ReturnsTheAverageOfEachStep()
    {
        var store = _host.Factory.Services.GetRequiredService<IMetricStore>();
        await store.StoreAsync([Sample(Noon, 1), Sample(Noon.AddMinutes(10), 3), Sample(Noon.AddHours(1), 10), Sample(Noon.AddHours(1).AddMinutes(30), 20)]);

        var response = await _client.GetFromJsonAsync<JsonElement>("/api/metrics/desk.wait/samples?from=2026-11-23T12:00:00Z&to=2026-11-23T13:59:59.9999999Z&points=2");

        // Two steps of (2 h - 1 tick + 2) / 2 = 1 h (whole ticks): (1 + 3) / 2 = 2 and (10 + 20) / 2 = 15, stamped with each step's start.
        var samples = response.GetProperty("samples").EnumerateArray().ToList();
        Assert.Equal([2.0, 15.0], samples.Select(sample => sample.GetProperty("value").GetDouble()));
        Assert.Equal([Noon, Noon.AddHours(1)], samples.Select(sample => sample.GetProperty("timestamp").GetDateTimeOffset()));
    }

    [Fact]
    public async Task Samples_ZeroPoints_Returns400NamingPoints()
    {
        var response = await _client.GetAsync("/api/metrics/desk.wait/samples?points=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("between 1 and 10000", Assert.Single(problem.GetProperty("errors").GetProperty("points").EnumerateArray()).GetString());
    }

    private static QualifiedSample Sample(DateTimeOffset at, double value) => new("desk", "desk.wait", at, value, new Dictionary<string, string>());
}
