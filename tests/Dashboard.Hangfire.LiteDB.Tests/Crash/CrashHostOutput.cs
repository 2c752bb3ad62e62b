namespace Dashboard.Hangfire.LiteDB.Tests.Crash;

/// <summary>Reads the crash host's "event id number" lines.</summary>
public static class CrashHostOutput
{
    public static string JobId(string line) => line.Split(' ')[1];

    public static int Number(string line) => int.Parse(line.Split(' ')[^1]);

    public static IEnumerable<string> WithPrefix(this IEnumerable<string> lines, string prefix) =>
        lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
