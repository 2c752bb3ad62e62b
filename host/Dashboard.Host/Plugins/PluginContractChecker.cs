using System.Text.RegularExpressions;
using Dashboard.Sdk;

namespace Dashboard.Host.Plugins;

/// <summary>Checks what a plugin declares, so that a mistake is reported at load with the plugin's folder.</summary>
public static partial class PluginContractChecker
{
    public static void Check(string folder, IMetricPlugin plugin)
    {
        var metrics = plugin.Metrics ?? throw Broken(folder, "Metrics is null.");
        if (metrics.Count == 0)
        {
            throw Broken(folder, "declares no metrics.");
        }

        foreach (var metric in metrics)
        {
            if (metric.Key is null || !MetricKeyPattern().IsMatch(metric.Key))
            {
                throw Broken(folder, $"metric key '{metric.Key}' must be lower case letters, digits and underscores.");
            }

            if (string.IsNullOrWhiteSpace(metric.Title))
            {
                throw Broken(folder, $"metric '{metric.Key}' has no title.");
            }
        }

        var duplicate = metrics.GroupBy(metric => metric.Key).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw Broken(folder, $"metric key '{duplicate.Key}' is declared twice.");
        }

        if (plugin is not (IScheduledCollector or IRecordReader or IPushReceiver))
        {
            throw Broken(folder, $"implements no capability; implement {nameof(IScheduledCollector)}, {nameof(IRecordReader)} or {nameof(IPushReceiver)}.");
        }

        if (plugin is IRecordReader or IPushReceiver && plugin is not IFigureCalculator)
        {
            throw Broken(folder, $"reads records but implements no {nameof(IFigureCalculator)}; records become figures only through it.");
        }

        var settingsType = plugin.SettingsType;
        if (!settingsType.IsClass || settingsType.IsAbstract || settingsType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw Broken(folder, $"settings type {settingsType.FullName} needs to be a class with a public parameterless constructor.");
        }
    }

    private static PluginLoadException Broken(string folder, string problem) =>
        new(PluginStatus.Malfunctioned, $"{folder}: {problem}");

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex MetricKeyPattern();
}
