using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Security;

/// <summary>Settings marked [Secret]: encrypted in the data file, masked in every answer, kept when the mask comes back.</summary>
public sealed class CollectorSecretsTests : IDisposable
{
    private const string ApiKey = "open311-key-7f3a9c51";
    private const string HeaderToken = "hon-token-e2b4d8a6";

    private readonly HostWithPlugins _host = new("complaint-trends", "feedback");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Create_SecretSettings_NeverAnsweredAndNotInTheDataFileInPlainText()
    {
        using var admin = _host.Factory.CreateAdminClient();

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
        Assert.False(DataFilesContain(ApiKey), "The Open311 apiKey is in the data file in plain text.");
        Assert.False(DataFilesContain(HeaderToken), "The feedback header token is in the data file in plain text.");
    }

    [Fact]
    public async Task Update_MaskSentBack_KeepsTheStoredSecretAndANewValueReplacesIt()
    {
        using var admin = _host.Factory.CreateAdminClient();
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

    private JsonElement Revealed(string collectorId)
    {
        var collector = _host.Factory.Services.GetRequiredService<CollectorRepository>().Find(collectorId)!;
        return JsonDocument.Parse(_host.Factory.Services.GetRequiredService<CollectorSecrets>().Reveal(collector)).RootElement;
    }

    // The database file and its write-ahead log, read beside the running host.
    private bool DataFilesContain(string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        return Directory.GetFiles(_host.Factory.DataDirectory, "dashboard*.db").Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        });
    }
}
