using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Dashboard.Sdk;

/// <summary>
/// Binds a collector's JSON settings to a plugin's settings type. The host and the plugin test harness both use this
/// class, so a plugin's tests see exactly the host's rules: System.Text.Json with camelCase names read
/// case-insensitively, enums as camelCase strings, unknown settings rejected, then DataAnnotations validation of every
/// property and <see cref="IValidatableObject"/>. Every error names its setting by its JSON name.
/// </summary>
public static class PluginSettingsBinder
{
    /// <summary>
    /// The read-only serializer options settings are bound with; the host also writes a collector's stored settings
    /// with them, so they read back exactly.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    /// <summary>Binds and validates <paramref name="json"/> as <typeparamref name="TSettings"/>.</summary>
    /// <exception cref="PluginSettingsException">The JSON cannot be bound or the result does not validate.</exception>
    public static TSettings Bind<TSettings>(string json) where TSettings : class =>
        (TSettings)Bind(typeof(TSettings), json);

    /// <summary>Binds and validates <paramref name="json"/> as <paramref name="settingsType"/>.</summary>
    /// <exception cref="PluginSettingsException">The JSON cannot be bound or the result does not validate.</exception>
    public static object Bind(Type settingsType, string json)
    {
        ArgumentNullException.ThrowIfNull(settingsType);
        ArgumentNullException.ThrowIfNull(json);
        var typeInfo = SerializerOptions.GetTypeInfo(settingsType);

        var documentErrors = FindUnknownSettings(typeInfo, json);
        if (documentErrors.Count > 0)
        {
            throw new PluginSettingsException(settingsType, documentErrors);
        }

        object settings;
        try
        {
            settings = JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new PluginSettingsException(settingsType, [new SettingsError("$", "Settings must be a JSON object, not null.")]);
        }
        catch (JsonException exception)
        {
            throw new PluginSettingsException(settingsType, [DescribeReadError(typeInfo, exception, json)]);
        }

        var validationErrors = Validate(settings);
        return validationErrors.Count == 0 ? settings : throw new PluginSettingsException(settingsType, validationErrors);
    }

    // DataAnnotations on every property first, IValidatableObject.Validate only when they pass (Validator's order).
    private static List<SettingsError> Validate(object settings)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
        var jsonNames = JsonNamesByMemberName(SerializerOptions.GetTypeInfo(settings.GetType()));

        return
        [
            .. results.SelectMany(result =>
            {
                var message = result.ErrorMessage ?? "Invalid value.";
                var members = result.MemberNames.ToList();
                return members.Count == 0
                    ? [new SettingsError("$", message)]
                    : members.Select(member => new SettingsError(jsonNames.GetValueOrDefault(member, member), message));
            }),
        ];
    }

    private static List<SettingsError> FindUnknownSettings(JsonTypeInfo typeInfo, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return [new SettingsError("$", $"Settings are not valid JSON: {exception.Message}")];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new SettingsError("$", $"Settings must be a JSON object, not {document.RootElement.ValueKind}.")];
            }

            var known = typeInfo.Properties.Select(property => property.Name).ToList();
            var knownList = known.Count == 0 ? "none" : string.Join(", ", known);
            return
            [
                .. document.RootElement.EnumerateObject()
                    .Where(property => !known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                    .Select(property => new SettingsError(
                        property.Name,
                        $"Unknown setting '{property.Name}'. Known settings of {typeInfo.Type.Name}: {knownList}.")),
            ];
        }
    }

    private static SettingsError DescribeReadError(JsonTypeInfo typeInfo, JsonException exception, string json)
    {
        var setting = SettingNameFromPath(exception.Path);
        var property = typeInfo.Properties.FirstOrDefault(candidate =>
            string.Equals(candidate.Name, setting, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            return new SettingsError(setting, $"The value cannot be read: {exception.Message}");
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var expected = type.IsEnum
            ? $"one of: {string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName))}"
            : FriendlyTypeName(type);
        var given = GivenValue(json, property.Name) is { } raw ? $"'{raw}' is not {expected}" : $"expected {expected}";
        return new SettingsError(property.Name, $"The value cannot be read: {given}.");
    }

    // The value as the admin typed it, shortened, so the error shows what was wrong.
    private static string? GivenValue(string json, string setting)
    {
        using var document = JsonDocument.Parse(json);
        var match = document.RootElement.EnumerateObject()
            .FirstOrDefault(candidate => string.Equals(candidate.Name, setting, StringComparison.OrdinalIgnoreCase));
        if (match.Value.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var raw = match.Value.GetRawText();
        return raw.Length <= 60 ? raw : raw[..57] + "...";
    }

    private static string SettingNameFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = name.IndexOfAny(['.', '[']);
        return end > 0 ? name[..end] : name;
    }

    // Words an admin understands rather than CLR type names.
    private static string FriendlyTypeName(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "text in quotes",
        _ when type == typeof(TimeSpan) => "a duration such as \"00:05:00\"",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time such as \"2026-03-02T09:00:00+02:00\"",
        _ when type.IsArray || (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().Length == 1) =>
            $"a list of {Plural(FriendlyTypeName(type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0]))}",
        _ when type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) => "an object of names and values",
        _ => "an object with the settings of " + type.Name,
    };

    private static string Plural(string words) => words switch
    {
        "a whole number" => "whole numbers",
        "a number" => "numbers",
        "true or false" => "true/false values",
        "text in quotes" => "texts in quotes",
        _ => words,
    };

    private static Dictionary<string, string> JsonNamesByMemberName(JsonTypeInfo typeInfo) =>
        typeInfo.Properties
            .Where(property => property.AttributeProvider is MemberInfo)
            .ToDictionary(property => ((MemberInfo)property.AttributeProvider!).Name, property => property.Name, StringComparer.Ordinal);

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
