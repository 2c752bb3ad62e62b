using Dashboard.Host.Testing;

namespace Dashboard.Browser.Tests;

/// <summary>The real host on Kestrel with the built plugins and the demo collectors, shared by a test class.</summary>
public sealed class WallHostFixture : IAsyncLifetime
{
    private DashboardHostFactory? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public DashboardHostFactory Factory => _factory!;

    public HttpClient Http { get; private set; } = null!;

    public TestDashboards Dashboards { get; private set; } = null!;

    /// <summary>A host whose walls may be watched without a token (the product setting tests use) and with the demo collectors.</summary>
    public static DashboardHostFactory CreateFactory(string? dataDirectory = null) =>
        new(new Dictionary<string, string?>
        {
            ["Dashboard:SeedDemoCollectors"] = "true",
            ["Dashboard:AllowAnonymousWalls"] = "true",
        }, dataDirectory);

    public Task InitializeAsync()
    {
        _factory = CreateFactory();
        BaseAddress = _factory.StartOnKestrel();
        Http = _factory.CreateAdminClient();
        Dashboards = new TestDashboards(Http, _factory);
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

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
