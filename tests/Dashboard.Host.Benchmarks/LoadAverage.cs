namespace Dashboard.Host.Benchmarks;

/// <summary>The machine's load averages over 1, 5 and 15 minutes, to print beside figures taken on a shared machine.</summary>
public static class LoadAverage
{
    private const string Source = "/proc/loadavg";

    public static string Now() => File.Exists(Source) ? string.Join(' ', File.ReadAllText(Source).Split(' ').Take(3)) : "unknown";
}
