namespace Dashboard.Sdk;

/// <summary>One problem with a collector's settings.</summary>
/// <param name="Setting">The setting's JSON name (camelCase), or <c>$</c> when the problem concerns the whole document.</param>
/// <param name="Message">What is wrong, written for the admin who typed the settings.</param>
public sealed record SettingsError(string Setting, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Setting}: {Message}";
}
