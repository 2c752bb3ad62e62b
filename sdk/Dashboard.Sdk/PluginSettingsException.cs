namespace Dashboard.Sdk;

/// <summary>Thrown when settings JSON cannot be bound to a plugin's settings type or does not validate.</summary>
public sealed class PluginSettingsException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    internal PluginSettingsException(Type settingsType, IReadOnlyList<SettingsError> errors)
        : base(FormatMessage(settingsType, errors))
    {
        SettingsType = settingsType;
        Errors = errors;
    }

    /// <summary>The settings type that was being bound.</summary>
    public Type SettingsType { get; }

    /// <summary>Every problem found, each naming its setting.</summary>
    public IReadOnlyList<SettingsError> Errors { get; }

    private static string FormatMessage(Type settingsType, IReadOnlyList<SettingsError> errors) =>
        $"Settings for {settingsType.Name} are invalid:{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(error => $" - {error}"));
}
