namespace Dashboard.Host.Security;

/// <summary>A user as stored in LiteDB: the password only as an Identity <c>PasswordHasher</c> hash.</summary>
public sealed class DashboardUser
{
    /// <summary>The user name in lower case; user names are compared without regard to case.</summary>
    public string Id { get; set; } = "";

    /// <summary>The user name as it was typed when the user was created.</summary>
    public string UserName { get; set; } = "";

    public string Role { get; set; } = Roles.Viewer;

    public string PasswordHash { get; set; } = "";

    /// <summary>Changes with the password and the role, so that cookies issued before stop working.</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>Wrong passwords since the last successful sign-in or lockout.</summary>
    public int FailedSignIns { get; set; }

    public long? LockedUntilUtcTicks { get; set; }

    public long CreatedUtcTicks { get; set; }

    public long? LastSignInUtcTicks { get; set; }
}
