namespace Dashboard.Host.Security;

/// <summary>A user's role: admin (everything), editor (dashboards), viewer (reads).</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Viewer];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
