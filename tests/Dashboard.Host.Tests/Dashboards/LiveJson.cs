using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>Reads the API's JSON as the host writes it: web defaults, enums as camelCase words.</summary>
public static class LiveJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
