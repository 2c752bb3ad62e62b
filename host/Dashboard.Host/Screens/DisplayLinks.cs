namespace Dashboard.Host.Screens;

/// <summary>Where a screen opens its first dashboard with its token; the wall page keeps the token and strips it from the address.</summary>
public static class DisplayLinks
{
    public static string For(string dashboardId, string token) =>
        $"/d/{Uri.EscapeDataString(dashboardId)}?token={Uri.EscapeDataString(token)}";
}
