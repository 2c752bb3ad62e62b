namespace Fixture.DependsOnVersion;

/// <summary>The plugin needs no settings.</summary>
public sealed class DependencyVersionSettings
{
}
