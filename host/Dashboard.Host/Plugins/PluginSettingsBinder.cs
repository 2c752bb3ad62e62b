using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Host.Plugins;

/// <summary>
/// Turns a collector's JSON settings into the plugin's settings type: unknown settings are refused,
/// then DataAnnotations and <see cref="IValidatableObject"/> validate the values.
/// </summary>
public static class PluginSettingsBinder
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <exception cref="SettingsValidationException">The JSON is malformed or a value is invalid.</exception>
    public static object Bind(Type settingsType, JsonElement? settings)
    {
        object? bound;
        try
        {
            bound = settings is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element
                ? element.Deserialize(settingsType, JsonOptions)
                : Activator.CreateInstance(settingsType);
        }
        catch (JsonException exception)
        {
            throw new SettingsValidationException(new Dictionary<string, string[]>
            {
                [FieldName(exception.Path)] = [exception.Message],
            });
        }

        if (bound is null)
        {
            throw new SettingsValidationException(new Dictionary<string, string[]> { ["settings"] = ["Settings must be a JSON object."] });
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(bound, new ValidationContext(bound), results, validateAllProperties: true))
        {
            throw new SettingsValidationException(results
                .SelectMany(result => (result.MemberNames.Any() ? result.MemberNames : [""]).Select(member => (member, result.ErrorMessage ?? "is invalid")))
                .GroupBy(pair => string.IsNullOrEmpty(pair.member) ? "settings" : "settings." + JsonNamingPolicy.CamelCase.ConvertName(pair.member))
                .ToDictionary(group => group.Key, group => group.Select(pair => pair.Item2).ToArray()));
        }

        return bound;
    }

    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "settings" : "settings" + jsonPath.TrimStart('$');
}
