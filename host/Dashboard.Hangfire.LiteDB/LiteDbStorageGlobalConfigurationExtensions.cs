using Hangfire;

namespace Dashboard.Hangfire.LiteDB;

/// <summary>Hangfire configuration entry point for the LiteDB storage.</summary>
public static class LiteDbStorageGlobalConfigurationExtensions
{
    /// <summary>Uses a <see cref="LiteDbJobStorage"/> on the file at <paramref name="path"/> (created if missing).</summary>
    public static IGlobalConfiguration<LiteDbJobStorage> UseLiteDbStorage(this IGlobalConfiguration configuration, string path, LiteDbStorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.UseStorage(new LiteDbJobStorage(path, options));
    }
}
