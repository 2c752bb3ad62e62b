namespace Dashboard.Host.Walls;

/// <summary>
/// The addresses of the wall's pages: <c>/d/{id}</c> shows a dashboard, <c>/p/{id}</c> plays a playlist and
/// <c>/edit/{id}</c> edits a dashboard. The pages are static files; the id is read by their scripts.
/// </summary>
public static class WallPages
{
    public const string WallPage = "wall.html";

    public const string EditorPage = "edit.html";

    public static IEndpointRouteBuilder MapWallPages(this IEndpointRouteBuilder app)
    {
        // The pages themselves hold nothing; every read they make is checked by the API (and /edit by PageAccessMiddleware).
        app.MapFallbackToFile("/d/{id}", WallPage).AllowAnonymous();
        app.MapFallbackToFile("/p/{id}", WallPage).AllowAnonymous();
        app.MapFallbackToFile("/edit/{id}", EditorPage).AllowAnonymous();
        return app;
    }
}
