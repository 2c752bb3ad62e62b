using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Plugins;

public static class PluginsApi
{
    public static RouteGroupBuilder MapPluginsApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/plugins", GetAll).WithTags("Plugins");
        admin.MapGet("/plugins/{id}/settings-schema", GetSettingsSchema).WithTags("Plugins")
            .WithSummary("The JSON schema of the plugin's settings, with their limits, descriptions and defaults.");
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

    private static Results<Ok<JsonObject>, ProblemHttpResult> GetSettingsSchema(string id, PluginCatalog plugins, SettingsSchemaBuilder schemas) =>
        plugins.Find(id) switch
        {
            null => TypedResults.Problem($"There is no plugin '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Plugin not found"),
            { IsActive: false } plugin => TypedResults.Problem($"Plugin '{id}' is {plugin.Status}: {plugin.Reason}", statusCode: StatusCodes.Status409Conflict, title: "Plugin not active"),
            var plugin => TypedResults.Ok(schemas.Build(plugin.Instance!.SettingsType)),
        };
}
