using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dashboard.Host.Collectors;

namespace Dashboard.Host.Ingest;

/// <summary>Writes the collector's own properties and the key side by side, so the create reply keeps the collector's shape.</summary>
public sealed class CollectorCreatedResponseConverter : JsonConverter<CollectorCreatedResponse>
{
    public override CollectorCreatedResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var body = JsonNode.Parse(ref reader)?.AsObject() ?? throw new JsonException("A created collector must be a JSON object.");
        var keyName = KeyName(options);
        var key = body[keyName]?.GetValue<string>() ?? throw new JsonException($"A created collector must have '{keyName}'.");
        body.Remove(keyName);
        var collector = body.Deserialize<CollectorResponse>(options) ?? throw new JsonException("A created collector must describe the collector.");
        return new CollectorCreatedResponse(collector, key);
    }

    public override void Write(Utf8JsonWriter writer, CollectorCreatedResponse value, JsonSerializerOptions options)
    {
        using var collector = JsonSerializer.SerializeToDocument(value.Collector, options);
        writer.WriteStartObject();
        foreach (var property in collector.RootElement.EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WriteString(KeyName(options), value.IngestKey);
        writer.WriteEndObject();
    }

    private static string KeyName(JsonSerializerOptions options) =>
        options.PropertyNamingPolicy?.ConvertName(nameof(CollectorCreatedResponse.IngestKey)) ?? nameof(CollectorCreatedResponse.IngestKey);
}
