using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;

namespace Dashboard.Host.Tests.Security;

/// <summary>Signed-in users of each role and screens with tokens, made through the admin API as an admin would.</summary>
public static class AccessClients
{
    public const string ViewerPassword = "viewer-password-1";

    public static async Task<HttpClient> CreateUserClientAsync(DashboardHostFactory factory, HttpClient admin, string userName, string role)
    {
        var response = await admin.PostAsJsonAsync("/api/users", new { userName, role, password = ViewerPassword });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return factory.CreateSignedInClient(userName, ViewerPassword);
    }

    /// <summary>A new screen for the dashboards; returns its id, token and pairing code.</summary>
    public static async Task<(string Id, string Token, string PairingCode)> CreateScreenAsync(HttpClient admin, params string[] dashboardIds)
    {
        var response = await admin.PostAsJsonAsync("/api/screens", new { name = "Lobby TV", dashboardIds });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("screen").GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("pairingCode").GetString()!);
    }

    /// <summary>A client that sends the display token as a wall page does: Authorization: Bearer.</summary>
    public static HttpClient WithToken(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
