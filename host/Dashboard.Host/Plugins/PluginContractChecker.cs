using Dashboard.Sdk;

namespace Dashboard.Host.Plugins;

/// <summary>
/// Checks what a plugin declares with the SDK's rule (<see cref="PluginRules"/>, the one the test harness applies), so
/// that a mistake is reported at load with the plugin's folder.
/// </summary>
public static class PluginContractChecker
{
    public static void Check(string folder, IMetricPlugin plugin)
    {
        var problems = PluginRules.Check(plugin);
        if (problems.Count > 0)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"{folder}: {string.Join(" ", problems)}");
        }
    }
}
