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
        app.MapFallbackToFile("/d/{id}", WallPage);
        app.MapFallbackToFile("/p/{id}", WallPage);
        app.MapFallbackToFile("/edit/{id}", EditorPage);
        return app;
    }
}
