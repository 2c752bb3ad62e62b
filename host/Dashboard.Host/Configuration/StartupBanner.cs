using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Host.Configuration;

/// <summary>Tells the person who started the host where to look.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var paths = app.Services.GetRequiredService<DashboardPaths>();
        foreach (var address in addresses)
        {
            app.Logger.LogInformation("Wall screen: {Address}/   Admin API: {Address}/api/collectors   Jobs: {Address}/hangfire", address, address, address);
        }

        app.Logger.LogInformation("Data folder: {DataDirectory}   Plugins folder: {PluginsDirectory}", paths.DataDirectory, paths.PluginsDirectory);
    }
}
