using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;

namespace Dashboard.Browser.Tests;

/// <summary>The real host on Kestrel with the built plugins and the demo collectors, shared by a test class.</summary>
public sealed class WallHostFixture : IAsyncLifetime
{
    private DashboardHostFactory? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The wall pages of these tests watch without a token; tests about access live in the access tests.</summary>
    public static DashboardHostFactory CreateFactory() =>
        new(new Dictionary<string, string?> { ["Dashboard:SeedDemoCollectors"] = "true", ["Dashboard:AllowAnonymousWalls"] = "true" });

    public Task InitializeAsync()
    {
        _factory = CreateFactory();
        BaseAddress = _factory.StartOnKestrel();
        Http = _factory.CreateAdminClient();
        return Task.CompletedTask;
    }

    /// <summary>Signs the page's browser context in as the first admin (the context's cookies, as the sign-in page would leave them).</summary>
    public async Task SignInAsAdminAsync(Microsoft.Playwright.IPage page)
    {
        var response = await page.Context.APIRequest.PostAsync(
            new Uri(BaseAddress, "/api/account/login").ToString(),
            new() { DataObject = new { userName = DashboardHostFactory.AdminUserName, password = _factory!.AdminPassword } });
        Assert.True(response.Ok, await response.TextAsync());
    }

    /// <summary>Every metric the seeded collectors declare, qualified as the wall names them (collector id + "." + key).</summary>
    public async Task<IReadOnlyList<string>> GetSeededMetricKeysAsync()
    {
        var collectors = await Http.GetFromJsonAsync<JsonElement>("api/collectors");
        var plugins = await Http.GetFromJsonAsync<JsonElement>("api/plugins");
        var metricsByPlugin = plugins.EnumerateArray().ToDictionary(
            plugin => plugin.GetProperty("id").GetString()!,
            plugin => plugin.GetProperty("metrics").EnumerateArray().Select(metric => metric.GetProperty("key").GetString()!).ToList());
        return collectors.EnumerateArray()
            .SelectMany(collector => metricsByPlugin[collector.GetProperty("pluginId").GetString()!]
                .Select(key => collector.GetProperty("id").GetString() + "." + key))
            .ToList();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
