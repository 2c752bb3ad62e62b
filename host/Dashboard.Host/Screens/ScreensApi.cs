using Dashboard.Host.Live;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Screens;

/// <summary>Admin actions on every open screen.</summary>
public static class ScreensApi
{
    public static RouteGroupBuilder MapScreensApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/screens/reload", Reload).WithTags("Screens");
        return admin;
    }

    /// <summary>Every connected screen reloads its page (after a change to the wall pages, or to clear a stuck screen).</summary>
    private static async Task<Accepted> Reload(LivePublisher live)
    {
        await live.ReloadAllScreensAsync();
        return TypedResults.Accepted((string?)null);
    }
}
