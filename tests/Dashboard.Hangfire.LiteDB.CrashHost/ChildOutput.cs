namespace Dashboard.Hangfire.LiteDB.CrashHost;

/// <summary>One line per event, written whole, so the parent can await exact lines.</summary>
public static class ChildOutput
{
    private static readonly Lock Gate = new();

    public static void Write(string line)
    {
        lock (Gate)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }
}
