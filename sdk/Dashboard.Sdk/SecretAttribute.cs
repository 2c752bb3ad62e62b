namespace Dashboard.Sdk;

/// <summary>
/// Marks a setting whose value is a secret (a password, an API key, request headers carrying a token): the host stores
/// it encrypted, never returns it through its API (a mask stands in its place) and never logs it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SecretAttribute : Attribute
{
}
