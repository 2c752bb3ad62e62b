using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Screens;
using Dashboard.Host.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>
/// Wall screens connect here; they can only watch, only the dashboards they may see, and one dashboard at a time per
/// connection.
/// </summary>
[Authorize(Policy = Policies.Watch)]
public sealed class LiveHub(DashboardSnapshotBuilder dashboardSnapshots, DisplayConnections screens) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    private const string WatchedKey = "watched";

    public static string DashboardGroup(string dashboardId) => "dashboard:" + dashboardId;

    /// <summary>A screen's connection is remembered, so that revoking the screen closes it.</summary>
    public override async Task OnConnectedAsync()
    {
        if (ScreenId is { } screenId)
        {
            screens.Add(screenId, Context);
        }

        await Clients.Caller.HostVersion(new HostInfo(Live.HostVersion.Current));
        await base.OnConnectedAsync();
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
    /// Leaves the dashboard watched before (a playlist moves on), joins this one's group first and reads the snapshot
    /// second, so a value stored in between arrives as an update rather than falling into a gap. Called again on every
    /// reconnect to resynchronise.
    /// </summary>
    public async Task<DashboardSnapshot> Watch(string dashboardId)
    {
        if (Context.User is null || !DashboardAccess.CanView(Context.User, dashboardId))
        {
            throw new HubException($"This screen may not show dashboard '{dashboardId}'; an admin chooses its dashboards on the Screens page.");
        }

        if (Context.Items.TryGetValue(WatchedKey, out var watched) && watched is string previous && previous != dashboardId)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, DashboardGroup(previous), Context.ConnectionAborted);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, DashboardGroup(dashboardId), Context.ConnectionAborted);
        Context.Items[WatchedKey] = dashboardId;
        if (dashboardSnapshots.Build(dashboardId) is { } snapshot)
        {
            return snapshot;
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, DashboardGroup(dashboardId), Context.ConnectionAborted);
        Context.Items.Remove(WatchedKey);
        throw new HubException($"There is no dashboard '{dashboardId}'.");
    }

    private string? ScreenId => Context.User?.FindFirst(DashboardClaims.Screen)?.Value;
}
