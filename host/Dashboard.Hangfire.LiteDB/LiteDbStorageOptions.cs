namespace Dashboard.Hangfire.LiteDB;

/// <summary>Settings of a <see cref="LiteDbJobStorage"/>.</summary>
public sealed class LiteDbStorageOptions
{
    /// <summary>How long a fetched job stays invisible to other workers without a keep-alive before it is handed out again.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
