namespace Dashboard.Host.Security;

/// <summary>The host's authentication schemes; <see cref="Default"/> picks one of the others per request.</summary>
public static class AuthenticationSchemes
{
    public const string Default = "Dashboard";

    public const string DisplayToken = "DisplayToken";

    public const string AnonymousWall = "AnonymousWall";

    public const string CookieName = ".Dashboard.Auth";

    /// <summary>The query parameter a SignalR client sends its token in (a WebSocket cannot carry the header).</summary>
    public const string AccessTokenQuery = "access_token";
}
