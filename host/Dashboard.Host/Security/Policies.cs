namespace Dashboard.Host.Security;

/// <summary>The authorization policies every endpoint group is locked with.</summary>
public static class Policies
{
    /// <summary>Administrators only: collectors, plugins, users, keys, screens, jobs.</summary>
    public const string Admin = "Admin";

    /// <summary>Administrators and editors: changes to dashboards.</summary>
    public const string Editor = "Editor";

    /// <summary>Any signed-in user, whatever the role.</summary>
    public const string Viewer = "Viewer";

    /// <summary>What a wall reads: a signed-in user, a display token, or anyone when anonymous walls are allowed.</summary>
    public const string Watch = "Watch";
}
