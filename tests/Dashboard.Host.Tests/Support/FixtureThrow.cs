using System.Text.RegularExpressions;

namespace Dashboard.Host.Tests.Support;

/// <summary>Checks that an error's "in file:line n" points at the line of the record fixture that throws <c>failWith</c>.</summary>
public static partial class FixtureThrow
{
    /// <summary>The frame's file and line, read back from the plugin's own source, are the line that throws.</summary>
    public static void AssertPointsAtTheThrow(string text)
    {
        var match = FileAndLine().Match(text);
        Assert.True(match.Success, $"No file and line in: {text}");
        Assert.EndsWith("RecordFixturePlugin.cs", match.Groups["file"].Value, StringComparison.Ordinal);
        var line = File.ReadAllLines(match.Groups["file"].Value)[int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
        Assert.Contains("throw new InvalidOperationException(message)", line, StringComparison.Ordinal);
    }

    [GeneratedRegex(@" in (?<file>.+):line (?<line>[0-9]+)")]
    private static partial Regex FileAndLine();
}
