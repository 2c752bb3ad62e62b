using System.Text.Json;
using System.Text.RegularExpressions;
using Cronos;
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
            errors["id"] = ["Use 1 to 40 lower case letters, digits and dashes, starting with a letter, e.g. 'city-hall-queue'."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 80)
        {
            errors["name"] = ["Give a name of 1 to 80 characters; the wall shows it under each tile."];
        }

        var settingsJson = ValidatePluginAndSettings(request, errors);
        var cron = request.Cron?.Trim() ?? "";
        ValidateCron(cron, errors);
        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? Collector.DefaultTimeZone : request.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            errors["timeZone"] = [$"Unknown time zone '{timeZone}'; use an IANA id such as 'Europe/Helsinki'."];
        }

        if (request.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            errors["timeoutSeconds"] = [$"Use 1 to {MaxTimeoutSeconds} seconds, or leave it out for the default."];
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
            foreach (var group in exception.Errors.GroupBy(error => SettingsField(error.Setting), StringComparer.Ordinal))
            {
                errors[group.Key] = [.. group.Select(error => error.Message)];
            }

            return null;
        }
    }

    // Settings left out or null mean the plugin's defaults.
    private static string SettingsText(JsonElement? settings) =>
        settings is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element ? element.GetRawText() : "{}";

    // The RFC 7807 errors name a setting 'settings.<jsonName>'; '$' (the whole document) becomes 'settings'.
    private static string SettingsField(string setting) => setting == "$" ? "settings" : "settings." + setting;

    private static void ValidateCron(string cron, Dictionary<string, string[]> errors)
    {
        try
        {
            CollectorSchedule.Parse(cron);
        }
        catch (CronFormatException exception)
        {
            errors["cron"] = [$"'{cron}' is not a cron expression ({exception.Message}). Examples: '*/5 * * * *' (every 5 minutes), '*/30 * * * * *' (every 30 seconds)."];
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex CollectorIdPattern();
}
