namespace Dashboard.Host.Security;

/// <summary>
/// Refuses a change that another site made the browser send with a signed-in user's session (cross-site request
/// forgery). SameSite=Strict keeps the session cookie off requests from other sites, but a sibling subdomain counts as
/// the same site and still gets it; the browser's Sec-Fetch-Site header tells the two apart. Requests without that
/// header (tools, browsers too old to send it) and requests without the session cookie (ingest senders, screens) pass.
/// </summary>
public sealed class CrossSiteRequestGuard(RequestDelegate next)
{
    public const string FetchSiteHeader = "Sec-Fetch-Site";

    public Task InvokeAsync(HttpContext context) =>
        IsForeignChangeWithSession(context.Request)
            ? TypedResults.Problem(
                    "This change came from a page of another site, carrying your session; it was refused. Make changes from the host's own pages.",
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Cross-site request refused")
                .ExecuteAsync(context)
            : next(context);

    private static bool IsForeignChangeWithSession(HttpRequest request) =>
        ApiRequests.IsChange(request)
        && request.Headers[FetchSiteHeader].ToString() is "cross-site" or "same-site"
        && request.Cookies.ContainsKey(AuthenticationSchemes.CookieName);
}
