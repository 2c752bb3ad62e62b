using Dashboard.Host.Screens;
using Dashboard.Host.Security;
using Dashboard.Host.Walls;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>Wall screens connect here; they can only watch, and only the walls they may see.</summary>
[Authorize(Policy = Policies.Watch)]
public sealed class LiveHub(WallSnapshotBuilder snapshots, DisplayConnections screens) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    public static string GroupName(string wallId) => "wall:" + wallId;

    /// <summary>A screen's connection is remembered, so that revoking the screen closes it.</summary>
    public override Task OnConnectedAsync()
    {
        if (ScreenId is { } screenId)
        {
            screens.Add(screenId, Context);
        }

        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (ScreenId is { } screenId)
        {
            screens.Remove(screenId, Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Joins the wall's group first and reads the snapshot second, so a value stored in between arrives
    /// as an update rather than falling into a gap. Called again on every reconnect to resynchronise.
    /// </summary>
    public async Task<WallSnapshot> JoinWall(string wallId)
    {
        if (!WallCatalog.Exists(wallId))
        {
            throw new HubException($"There is no wall '{wallId}'.");
        }

        if (Context.User is null || !DashboardAccess.CanView(Context.User, wallId))
        {
            throw new HubException($"This screen may not show wall '{wallId}'; an admin chooses its dashboards on the Screens page.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(wallId), Context.ConnectionAborted);
        return snapshots.Build(wallId);
    }

    private string? ScreenId => Context.User?.FindFirst(DashboardClaims.Screen)?.Value;
}
