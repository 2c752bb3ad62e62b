namespace Dashboard.Host.Security;

/// <summary>
/// Section <c>Dashboard:Setup</c>: a password for the first admin, read once at start while no user exists
/// (environment variable <c>Dashboard__Setup__AdminPassword</c>). Never logged.
/// </summary>
public sealed class SetupOptions
{
    public const string SectionName = "Dashboard:Setup";

    public const string DefaultAdminUser = "admin";

    public string? AdminPassword { get; set; }

    public string AdminUser { get; set; } = DefaultAdminUser;
}
