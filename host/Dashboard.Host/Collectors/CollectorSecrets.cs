using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Host.Collectors;

/// <summary>
/// Settings marked <see cref="SecretAttribute"/>: a collector keeps them encrypted with Data Protection in
/// <see cref="Collector.ProtectedSecrets"/>, and its <see cref="Collector.SettingsJson"/> holds <see cref="Mask"/> in their
/// place, so whatever shows a collector shows no secret. Only the plugin's bound settings (<see cref="Reveal"/>) carry them.
/// </summary>
public sealed class CollectorSecrets(PluginCatalog plugins, IDataProtectionProvider protection)
{
    /// <summary>Stands for a secret that is set; sending it back in a change keeps the stored secret.</summary>
    public const string Mask = "********";

    private readonly IDataProtector _protector = protection.CreateProtector("Dashboard.CollectorSecrets.v1");

    /// <summary>
    /// Moves the secrets of freshly validated settings into <see cref="Collector.ProtectedSecrets"/>; a value equal to the
    /// mask takes the secret stored in <paramref name="stored"/>.
    /// </summary>
    public void Seal(Collector collector, Collector? stored)
    {
        var names = SecretNames(collector.PluginId);
        if (names.Count == 0)
        {
            return;
        }

        var settings = JsonNode.Parse(collector.SettingsJson)!.AsObject();
        var previous = stored is null ? null : Secrets(stored);
        var secrets = new JsonObject();
        foreach (var name in names)
        {
            var value = Unmask(settings[name], previous?[name]);
            if (value is not null && !IsEmpty(value))
            {
                secrets[name] = value.DeepClone();
                settings[name] = MaskOf(value);
            }
            else
            {
                settings[name] = value?.DeepClone();
            }
        }

        collector.SettingsJson = settings.ToJsonString();
        collector.ProtectedSecrets = secrets.Count == 0 ? null : _protector.Protect(secrets.ToJsonString());
    }

    /// <summary>The settings with their secrets, for the plugin only. Throws <see cref="CryptographicException"/> when the keys are lost.</summary>
    public string Reveal(Collector collector)
    {
        if (collector.ProtectedSecrets is null)
        {
            return collector.SettingsJson;
        }

        var settings = JsonNode.Parse(collector.SettingsJson)!.AsObject();
        foreach (var (name, value) in Secrets(collector)!)
        {
            settings[name] = value?.DeepClone();
        }

        return settings.ToJsonString();
    }

    /// <summary>The JSON names of the plugin's secret settings; none when the plugin is not loaded.</summary>
    public IReadOnlyList<string> SecretNames(string pluginId) =>
        plugins.Find(pluginId)?.Instance?.SettingsType is { } type
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.IsDefined(typeof(SecretAttribute), inherit: true))
                .Select(JsonName)
                .ToList()
            : [];

    private JsonObject? Secrets(Collector collector) =>
        collector.ProtectedSecrets is null ? null : JsonNode.Parse(_protector.Unprotect(collector.ProtectedSecrets))!.AsObject();

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? PluginSettingsBinder.SerializerOptions.PropertyNamingPolicy?.ConvertName(property.Name)
        ?? property.Name;

    // The mask in place of a whole secret, or of one entry of a secret map (header name to token), keeps what was stored.
    private static JsonNode? Unmask(JsonNode? sent, JsonNode? stored) => sent switch
    {
        JsonValue value when IsMask(value) => stored?.DeepClone(),
        JsonObject map => new JsonObject(map.Select(entry => KeyValuePair.Create(
            entry.Key,
            entry.Value is JsonValue value && IsMask(value) ? (stored as JsonObject)?[entry.Key]?.DeepClone() : entry.Value?.DeepClone()))),
        _ => sent?.DeepClone(),
    };

    private static bool IsMask(JsonValue value) => value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == Mask;

    private static bool IsEmpty(JsonNode value) => value switch
    {
        JsonObject map => map.Count == 0,
        JsonArray list => list.Count == 0,
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>().Length == 0,
        _ => false,
    };

    private static JsonNode MaskOf(JsonNode value) => value switch
    {
        JsonObject map => new JsonObject(map.Select(entry => KeyValuePair.Create(entry.Key, (JsonNode?)JsonValue.Create(Mask)))),
        JsonArray list => new JsonArray(list.Select(_ => (JsonNode?)JsonValue.Create(Mask)).ToArray()),
        _ => JsonValue.Create(Mask),
    };
}
