namespace Dashboard.Host.Plugins;

/// <summary>A collector's settings do not fit its plugin; <see cref="Errors"/> maps each setting to its problems.</summary>
public sealed class SettingsValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Invalid settings: " + string.Join("; ", errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
