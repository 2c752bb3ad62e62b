namespace Dashboard.Sdk;

/// <summary>The settings type of a plugin that needs none.</summary>
public sealed class NoSettings
{
}
