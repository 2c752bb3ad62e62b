using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Host.Figures;
using Dashboard.Host.Records;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Host.Tests.Ingest;

/// <summary>A host with the record fixture plugin whose figure refresher only records requests.</summary>
public sealed class IngestHost : IDisposable
{
    public const string Ndjson = "application/x-ndjson";

    private readonly HostWithPlugins _host;
    private readonly WebApplicationFactory<Program> _factory;

    public IngestHost(IDictionary<string, string?>? settings = null)
    {
        _host = new HostWithPlugins(settings ?? new Dictionary<string, string?>(), "fixture-records", "fixture-good");
        _factory = _host.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IFigureRefresher>();
            services.AddSingleton<IFigureRefresher>(Figures);
        }));
        Client = _factory.CreateClient();
        DashboardHostFactory.SignIn(Client, DashboardHostFactory.AdminUserName, _host.Factory.AdminPassword!);
    }

    public HttpClient Client { get; }

    public RecordingFigureRefresher Figures { get; } = new();

    public IServiceProvider Services => _factory.Services;

    public IRecordStore Records => Services.GetRequiredService<IRecordStore>();

    /// <summary>Creates a collector of the record fixture plugin and returns its ingest key from the create reply.</summary>
    public async Task<string> CreateCollectorAsync(string id, object? settings = null, int? timeoutSeconds = null, string pluginId = "fixture-records")
    {
        var response = await Client.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector(id, pluginId, settings, timeoutSeconds: timeoutSeconds));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("ingestKey").GetString()!;
    }

    public async Task<HttpResponseMessage> PushAsync(string collectorId, string? key, string body, string contentType = Ndjson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/collectors/{collectorId}/events") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Client.SendAsync(request);
    }

    public IReadOnlyList<Dashboard.Sdk.SourceRecord> AllRecords(string collectorId) =>
        Records.ReadOverlapping(collectorId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    /// <summary>One fixture event line: record <paramref name="id"/> said at 09:<paramref name="minute"/>, started at nine.</summary>
    public static string Event(string id, int minute, double? value = null, bool ended = false) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["at"] = $"2026-03-02T09:{minute:00}:00Z",
            ["start"] = "2026-03-02T09:00:00Z",
            ["end"] = ended ? $"2026-03-02T09:{minute:00}:00Z" : null,
            ["value"] = value,
        }.Where(field => field.Value is not null).ToDictionary());

    public void Dispose()
    {
        Client.Dispose();
        _host.Dispose();
    }
}
