using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Storage;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Host.Tests.Security;

/// <summary>Settings marked [Secret]: encrypted in the data file, masked in every answer, kept when the mask comes back.</summary>
public sealed class CollectorSecretsTests : IDisposable
{
    private const string ApiKey = "open311-key-7f3a9c51";
    private const string HeaderToken = "hon-token-e2b4d8a6";

    private readonly TempFolder _data = new();
    private readonly DashboardHostFactory _factory;

    // The built plugins (complaint-trends and feedback among them) on a data folder the test reads after the host stops.
    public CollectorSecretsTests() => _factory = new DashboardHostFactory(dataDirectory: _data.Path);

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Create_SecretSettings_NeverAnsweredAndNotInTheDataFileInPlainText()
    {
        using var admin = _factory.CreateAdminClient();

        var created = await admin.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("complaints", "complaint-trends", new { apiKey = ApiKey }));
        var feedback = await admin.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("smileys", "feedback", new { headers = new Dictionary<string, string> { ["X-HON-API-Token"] = HeaderToken } }));
        var listed = await admin.GetStringAsync("/api/collectors");
        var one = await admin.GetFromJsonAsync<JsonElement>("/api/collectors/smileys");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, feedback.StatusCode);
        foreach (var answer in new[] { await created.Content.ReadAsStringAsync(), await feedback.Content.ReadAsStringAsync(), listed })
        {
            Assert.DoesNotContain(ApiKey, answer, StringComparison.Ordinal);
            Assert.DoesNotContain(HeaderToken, answer, StringComparison.Ordinal);
        }

        Assert.Equal(CollectorSecrets.Mask, one.GetProperty("settings").GetProperty("headers").GetProperty("X-HON-API-Token").GetString());
        Assert.Contains("\"apiKey\":\"********\"", listed, StringComparison.Ordinal);

        // Stopped, the host has written everything to the file; the header's name (not a secret) shows the settings are in it.
        _factory.Dispose();
        Assert.True(DataFilesContain("X-HON-API-Token"), "The data file does not hold the settings at all.");
        Assert.False(DataFilesContain(ApiKey), "The Open311 apiKey is in the data file in plain text.");
        Assert.False(DataFilesContain(HeaderToken), "The feedback header token is in the data file in plain text.");
    }

    [Fact]
    public async Task Update_MaskSentBack_KeepsTheStoredSecretAndANewValueReplacesIt()
    {
        using var admin = _factory.CreateAdminClient();
        await HostWithPlugins.CreateAsync(admin, HostWithPlugins.Collector("complaints", "complaint-trends", new { apiKey = ApiKey, firstReadDays = 2 }));

        var kept = await admin.PutAsJsonAsync("/api/collectors/complaints", HostWithPlugins.Collector("complaints", "complaint-trends", new { apiKey = CollectorSecrets.Mask, firstReadDays = 3 }));
        var afterMask = Revealed("complaints");
        var replaced = await admin.PutAsJsonAsync("/api/collectors/complaints", HostWithPlugins.Collector("complaints", "complaint-trends", new { apiKey = "a-new-key-99", firstReadDays = 3 }));
        var afterNew = Revealed("complaints");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal((ApiKey, 3), (afterMask.GetProperty("apiKey").GetString(), afterMask.GetProperty("firstReadDays").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("a-new-key-99", afterNew.GetProperty("apiKey").GetString());
    }

    [Fact]
    public async Task Upgrade_CollectorStoredWithAPlainSecret_SealsItAtStart()
    {
        var services = _factory.Services;
        var plain = new Collector { Id = "old-complaints", Name = "Old", PluginId = "complaint-trends", SettingsJson = $$"""{"apiKey":"{{ApiKey}}"}""", Cron = "0 0 1 1 *" };
        await services.GetRequiredService<DashboardDatabase>().WriteAsync(db => db.GetCollection<Collector>(CollectionNames.Collectors).Insert(plain));

        await new SecretSettingsUpgrade(services.GetRequiredService<CollectorRepository>(), services.GetRequiredService<CollectorSecrets>(), NullLogger<SecretSettingsUpgrade>.Instance)
            .StartAsync(CancellationToken.None);

        Assert.Equal(ApiKey, Revealed("old-complaints").GetProperty("apiKey").GetString());
        Assert.Contains(CollectorSecrets.Mask, services.GetRequiredService<CollectorRepository>().Find("old-complaints")!.SettingsJson, StringComparison.Ordinal);
    }

    private JsonElement Revealed(string collectorId)
    {
        var collector = _factory.Services.GetRequiredService<CollectorRepository>().Find(collectorId)!;
        return JsonDocument.Parse(_factory.Services.GetRequiredService<CollectorSecrets>().Reveal(collector)).RootElement;
    }

    // The database file and its write-ahead log.
    private bool DataFilesContain(string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        return Directory.GetFiles(_data.Path, "dashboard*.db").Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        });
    }
}
