using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Host.Collectors;

/// <summary>How collector settings are written to and read from storage.</summary>
public static class CollectorJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
