namespace Dashboard.Host.Security;

/// <summary>
/// Headers every answer carries: no content sniffing, no referrer leaving the host, never inside another site's frame.
/// The host's own pages and API also get a content security policy that runs only the host's own scripts and styles,
/// so a script that found its way into a page (a dashboard title, a collector's error text) would never run.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // The one inline script is the wall's reload watchdog (wall.html), allowed by its hash: it must run even when the
    // host went away before the page's script files arrived. A test checks the hash against the page as served.
    public const string OwnPagesPolicy =
        "default-src 'self'; script-src 'self' 'sha256-agSCjzQ4Hq6Kh8XokNY8mwGhhw715muHAer3fRASvCg='; style-src 'self'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "frame-ancestors 'none'";

    public const string FramingOnlyPolicy = "frame-ancestors 'none'";

    // The Hangfire dashboard and the API reader (Scalar) bring inline scripts of their own; both are for admins only.
    private static readonly PathString[] PagesWithInlineScripts = ["/hangfire", "/scalar"];

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = HasInlineScripts(context.Request.Path) ? FramingOnlyPolicy : OwnPagesPolicy;
        return next(context);
    }

    // Runs on every request, static files included: a plain loop, no delegate per request.
    private static bool HasInlineScripts(PathString path)
    {
        foreach (var prefix in PagesWithInlineScripts)
        {
            if (path.StartsWithSegments(prefix))
            {
                return true;
            }
        }

        return false;
    }
}
