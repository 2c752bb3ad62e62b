using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>The provisioning folder is read at every start; its dashboards are read-only through the API.</summary>
public sealed class DashboardFileProvisionerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _data = new();
    private readonly string _folder;

    public DashboardFileProvisionerTests()
    {
        _folder = Path.Combine(_data.Path, "dashboards");
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Start_FileInFolder_ProvisionedAndRefusedForEdits()
    {
        WriteFile("lobby", "Lobby");
        using var host = StartHost();
        using var client = host.CreateAdminClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/api/dashboards/lobby");
        var put = await client.PutAsJsonAsync("/api/dashboards/lobby", new { title = "Changed", columns = 4, rows = 4, tiles = Array.Empty<object>() });
        var delete = await client.DeleteAsync("/api/dashboards/lobby");

        Assert.True(document.GetProperty("provisioned").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Contains("lobby.json", await put.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
    }

    [Fact]
    public async Task Restart_FileChangedOneRemovedOneBroken_ChangedReplacedRemovedGoneBrokenKept()
    {
        WriteFile("lobby", "Lobby");
        WriteFile("hall", "Hall");
        WriteFile("office", "Office");
        using (var first = StartHost())
        {
            using var client = first.CreateAdminClient();
            Assert.Equal(3, (await client.GetFromJsonAsync<JsonElement[]>("/api/dashboards"))!.Length);
        }

        await FileRelease.WaitUntilClosedAsync(Path.Combine(_data.Path, "dashboard.db"), Patience);
        WriteFile("lobby", "Lobby, moved");
        File.Delete(Path.Combine(_folder, "hall.json"));
        File.WriteAllText(Path.Combine(_folder, "office.json"), """{ "title": "Office", "columns": 0 }""");
        using var second = StartHost();
        using var secondClient = second.CreateAdminClient();

        var titles = (await secondClient.GetFromJsonAsync<JsonElement[]>("/api/dashboards"))!.ToDictionary(entry => entry.GetProperty("id").GetString()!, entry => entry.GetProperty("title").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["lobby"] = "Lobby, moved", ["office"] = "Office" }, titles);
    }

    private void WriteFile(string id, string title) =>
        File.WriteAllText(Path.Combine(_folder, id + ".json"), JsonSerializer.Serialize(new { title, columns = 12, rows = 6, tiles = new[] { new { id = "clock", widget = "clock", x = 0, y = 0, w = 2, h = 2 } } }));

    private DashboardHostFactory StartHost() => new(new Dictionary<string, string?>(), _data.Path);
}
