namespace Dashboard.Hangfire.LiteDB.CrashHost;

/// <summary>Command line: mode, database path, then name=value options.</summary>
public sealed class ChildArguments
{
    private readonly Dictionary<string, string> _options;

    private ChildArguments(string mode, string databasePath, Dictionary<string, string> options)
    {
        Mode = mode;
        DatabasePath = databasePath;
        _options = options;
    }

    public string Mode { get; }

    public string DatabasePath { get; }

    public static ChildArguments Parse(string[] args)
    {
        if (args.Length < 2)
        {
            throw new ArgumentException("Usage: CrashHost <mode> <database path> [name=value ...]");
        }

        var options = args.Skip(2)
            .Select(a => a.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty);
        return new ChildArguments(args[0], args[1], options);
    }

    public int Int(string name, int fallback) => _options.TryGetValue(name, out var value) ? int.Parse(value) : fallback;

    public TimeSpan Milliseconds(string name, int fallback) => TimeSpan.FromMilliseconds(Int(name, fallback));
}
