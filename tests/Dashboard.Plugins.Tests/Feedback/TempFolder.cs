namespace Dashboard.Plugins.Tests.Feedback;

/// <summary>A folder under the system temp folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "feedback-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> and dates the file <paramref name="age"/> before <paramref name="now"/>.</summary>
    public void Write(string name, string text, DateTimeOffset now, TimeSpan age)
    {
        System.IO.File.WriteAllText(File(name), text);
        System.IO.File.SetLastWriteTimeUtc(File(name), (now - age).UtcDateTime);
    }

    /// <summary>Appends <paramref name="text"/>, dating the file like <see cref="Write"/>.</summary>
    public void Append(string name, string text, DateTimeOffset now, TimeSpan age)
    {
        System.IO.File.AppendAllText(File(name), text);
        System.IO.File.SetLastWriteTimeUtc(File(name), (now - age).UtcDateTime);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
