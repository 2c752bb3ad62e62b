namespace Dashboard.Host.Security;

/// <summary>Tells calls of the API (answered with status codes) from page visits (sent to the sign-in page).</summary>
public static class ApiRequests
{
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments(Live.LiveHub.Path);

    /// <summary>A request that may change something: any method but GET, HEAD and OPTIONS.</summary>
    public static bool IsChange(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method);

    /// <summary>The sign-in page, coming back to where the visitor was.</summary>
    public static string LoginPage(HttpRequest request) =>
        "/account/login.html?returnUrl=" + Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);
}
