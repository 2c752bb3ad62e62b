namespace Dashboard.Host.Security;

/// <summary>Whether a request comes from the machine the host runs on, and not through a proxy.</summary>
public static class LoopbackRequests
{
    /// <summary>
    /// A proxy on the same machine would make every visitor look local, so a request that carries forwarding headers
    /// counts as remote; an unknown address also counts as remote.
    /// </summary>
    public static bool IsFromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
        && System.Net.IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("Forwarded");
}
