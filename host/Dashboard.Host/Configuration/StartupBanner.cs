using Dashboard.Host.Screens;
using Dashboard.Host.Security;
using Dashboard.Host.Dashboards;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Configuration;

/// <summary>Tells the person who started the host where to look: the first-admin setup while nobody can sign in, and a wall link.</summary>
public static class StartupBanner
{
    public const string DemoScreenName = "Demo wall (link printed at first start)";

    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var paths = app.Services.GetRequiredService<DashboardPaths>();
        var users = app.Services.GetRequiredService<UserStore>();
        var demoLink = Task.Run(() => CreateDemoScreenLinkAsync(app.Services)).GetAwaiter().GetResult();
        foreach (var address in addresses)
        {
            var local = OnThisMachine(address);
            if (!users.Any())
            {
                app.Logger.LogWarning("No user exists yet: set up the first admin at {SetupPage} (only from this machine), or start with Dashboard__Setup__AdminPassword", local + AccountApi.SetupPage);
            }

            app.Logger.LogInformation("Admin pages: {Address}/admin/collectors.html   Jobs: {Address}/hangfire   Sign in: {Address}/account/login.html", address, address, address);
            if (demoLink is not null)
            {
                app.Logger.LogInformation("Wall screen for the demo dashboards (this link is shown once; keep it, or create screens at /admin/screens.html): {WallLink}", local + demoLink);
            }
            else
            {
                app.Logger.LogInformation("Wall screens: {Address}/ for signed-in users; display links and pairing codes at {Address}/admin/screens.html", address, address);
            }
        }

        app.Logger.LogInformation("Data folder: {DataDirectory}   Plugins folder: {PluginsDirectory}", paths.DataDirectory, paths.PluginsDirectory);
    }

    // A fresh data folder with demo collectors gets one screen for the demo walls, so a first start ends with a living wall.
    private static async Task<string?> CreateDemoScreenLinkAsync(IServiceProvider services)
    {
        var screens = services.GetRequiredService<DisplayScreenStore>();
        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        if (!options.SeedDemoCollectors || options.AllowAnonymousWalls || screens.GetAll().Count > 0)
        {
            return null;
        }

        var demoDashboards = services.GetRequiredService<DashboardRepository>().GetAll().Select(dashboard => dashboard.Id).ToList();
        if (demoDashboards.Count == 0)
        {
            return null;
        }

        var issued = await screens.CreateAsync(DemoScreenName, demoDashboards, "console", CancellationToken.None);
        return DisplayLinks.For(demoDashboards[0], issued.Token);
    }

    // Kestrel reports wildcard addresses (http://[::]:5080, http://+:80); a browser on this machine needs localhost.
    private static string OnThisMachine(string address)
    {
        var wildcard = address.Replace("://+:", "://localhost:", StringComparison.Ordinal).Replace("://*:", "://localhost:", StringComparison.Ordinal);
        return Uri.TryCreate(wildcard, UriKind.Absolute, out var uri)
            ? new UriBuilder(uri) { Host = "localhost" }.Uri.GetLeftPart(UriPartial.Authority)
            : wildcard;
    }
}
