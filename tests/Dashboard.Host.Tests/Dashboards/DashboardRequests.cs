using System.Net.Http.Json;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>Dashboard documents for tests, as plain objects serialised the way a client sends them.</summary>
public static class DashboardRequests
{
    public static object NumberTile(string id, string collectorId, string metric = "value", int x = 0, int y = 0) =>
        new { id, widget = "number", x, y, w = 3, h = 2, collectorId, metric };

    public static object Document(string title, params object[] tiles) => new { title, columns = 12, rows = 6, tiles };

    public static async Task PutAsync(HttpClient client, string id, object document)
    {
        var response = await client.PutAsJsonAsync($"/api/dashboards/{id}", document);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
