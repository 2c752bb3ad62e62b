using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Plugins;

public static class PluginsApi
{
    public static RouteGroupBuilder MapPluginsApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/plugins", GetAll).WithTags("Plugins");
        return admin;
    }

    private static Ok<List<PluginResponse>> GetAll(PluginCatalog plugins) =>
        TypedResults.Ok(plugins.All.Select(plugin => new PluginResponse(
            plugin.Id,
            plugin.Manifest?.Name,
            plugin.Manifest?.Version,
            plugin.Manifest?.SdkVersion,
            plugin.Manifest?.Description,
            plugin.Status,
            plugin.Reason,
            plugin.Metrics)).ToList());
}
