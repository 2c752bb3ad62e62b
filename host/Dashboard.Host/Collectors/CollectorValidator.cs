using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Host.Figures;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>Checks a collector request against the plugins and turns it into a collector, or lists every problem by field.</summary>
public sealed partial class CollectorValidator(PluginCatalog plugins)
{
    public const int MaxTimeoutSeconds = 3_600;

    public const int MaxWindows = 10;

    public CollectorValidationResult Validate(CollectorRequest request, string id)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CollectorIdPattern().IsMatch(id))
        {
            errors["id"] = [$"'{id}' is not a collector id. Use 1 to 40 lower case letters, digits and dashes, starting with a letter, e.g. 'city-hall-queue'."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 80)
        {
            errors["name"] = [$"Give a name of 1 to 80 characters (this one has {request.Name?.Trim().Length ?? 0}); the wall shows it under each tile."];
        }

        var settingsJson = ValidatePluginAndSettings(request, errors);
        var cron = request.Cron?.Trim() ?? "";
        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? Collector.DefaultTimeZone : request.TimeZone.Trim();
        CollectorSchedule.TryParse(cron, CollectorSchedule.FindTimeZone(timeZone, errors), errors);

        if (request.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            errors["timeoutSeconds"] = [$"{request.TimeoutSeconds} is outside 1 to {MaxTimeoutSeconds} seconds; give a whole number in that range, or leave it out for the default."];
        }

        var windows = ValidateWindows(request.Windows ?? Collector.DefaultWindows, errors);
        if (errors.Count > 0)
        {
            return CollectorValidationResult.Invalid(errors);
        }

        return CollectorValidationResult.Valid(new Collector
        {
            Id = id,
            Name = request.Name!.Trim(),
            PluginId = request.PluginId!,
            SettingsJson = settingsJson!,
            Cron = cron,
            TimeZone = timeZone,
            Enabled = request.Enabled ?? true,
            TimeoutSeconds = request.TimeoutSeconds,
            Windows = windows,
        });
    }

    private static List<string> ValidateWindows(IReadOnlyList<string> windows, Dictionary<string, string[]> errors)
    {
        if (windows.Count is < 1 or > MaxWindows)
        {
            errors["windows"] = [$"Give 1 to {MaxWindows} windows, e.g. [\"today\", \"60m\", \"7d\"]; the first one is shown on the wall."];
            return [];
        }

        for (var index = 0; index < windows.Count; index++)
        {
            if (WindowSpec.TryParse(windows[index], out var error) is null)
            {
                errors[$"windows[{index}]"] = [error!];
            }
            else if (windows.Take(index).Contains(windows[index], StringComparer.Ordinal))
            {
                errors[$"windows[{index}]"] = [$"'{windows[index]}' is listed twice; each window once."];
            }
        }

        return [.. windows];
    }

    private string? ValidatePluginAndSettings(CollectorRequest request, Dictionary<string, string[]> errors)
    {
        var plugin = string.IsNullOrWhiteSpace(request.PluginId) ? null : plugins.Find(request.PluginId);
        if (plugin is null)
        {
            var known = string.Join(", ", plugins.All.Where(candidate => candidate.IsActive).Select(candidate => candidate.Id));
            errors["pluginId"] = [$"No plugin '{request.PluginId}'. Active plugins: {known}."];
            return null;
        }

        if (!plugin.IsActive)
        {
            errors["pluginId"] = [$"Plugin '{plugin.Id}' is {plugin.Status}: {plugin.Reason}"];
            return null;
        }

        try
        {
            var bound = PluginSettingsBinder.Bind(plugin.Instance!.SettingsType, SettingsText(request.Settings));
            return JsonSerializer.Serialize(bound, bound.GetType(), PluginSettingsBinder.SerializerOptions);
        }
        catch (PluginSettingsException exception)
        {
            foreach (var group in exception.Errors.GroupBy(error => error.Setting, StringComparer.Ordinal))
            {
                var given = GivenSetting(request.Settings, group.Key);
                errors[SettingsField(group.Key)] = [.. group.Select(error => WithGivenValue(error.Message, given))];
            }

            return null;
        }
    }

    // The binder's own read errors already quote the value; DataAnnotations messages do not, so the admin sees it here.
    private static string WithGivenValue(string message, string? given) =>
        given is null || message.Contains(given, StringComparison.Ordinal) ? message : $"{message} You gave {given}.";

    private static string? GivenSetting(JsonElement? settings, string setting)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } element || setting == "$")
        {
            return null;
        }

        var match = element.EnumerateObject().FirstOrDefault(property => string.Equals(property.Name, setting, StringComparison.OrdinalIgnoreCase));
        if (match.Value.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var raw = match.Value.GetRawText();
        return raw.Length <= 60 ? raw : raw[..57] + "...";
    }

    // Settings left out or null mean the plugin's defaults.
    private static string SettingsText(JsonElement? settings) =>
        settings is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element ? element.GetRawText() : "{}";

    // The RFC 7807 errors name a setting 'settings.<jsonName>'; '$' (the whole document) becomes 'settings'.
    private static string SettingsField(string setting) => setting == "$" ? "settings" : "settings." + setting;

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex CollectorIdPattern();
}
