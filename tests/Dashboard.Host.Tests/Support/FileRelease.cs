namespace Dashboard.Host.Tests.Support;

public static class FileRelease
{
    /// <summary>
    /// The factory's dispose returns before the app's own entry point has disposed its services, so a stopped host may
    /// still hold its job storage file for a moment; there is no event for that, so look until it is released.
    /// </summary>
    public static async Task WaitUntilClosedAsync(string file, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                await using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
