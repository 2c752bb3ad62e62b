using System.Text.RegularExpressions;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>
/// A collector's error as a tile shows it: its first line without exception type names or the plugin's stack frame (words for developers, not for
/// the people watching the wall), at most <see cref="MaxLength"/> characters, ending at a word.
/// </summary>
public static partial class ShortError
{
    public const int MaxLength = 90;

    public static string? Of(string? error)
    {
        if (string.IsNullOrWhiteSpace(error))
        {
            return null;
        }

        var firstLine = PluginFrame().Replace(ExceptionTypeName().Replace(error.Trim().Split('\n')[0], ""), "").Trim();
        if (firstLine.Length <= MaxLength)
        {
            return firstLine;
        }

        var cut = firstLine.LastIndexOf(' ', MaxLength - 1);
        return firstLine[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }

    [GeneratedRegex(@"\b(?:[A-Za-z_]\w*\.)*[A-Z]\w*Exception: ")]
    private static partial Regex ExceptionTypeName();

    // Where in the plugin's code it failed (PluginError's " at Type.Method in file:line N") is for the admin page.
    [GeneratedRegex(@" at [\w.`<>]+(?: in .+:line \d+)?$")]
    private static partial Regex PluginFrame();
}
