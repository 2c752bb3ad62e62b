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

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
