using Dashboard.Host.Dashboards.Snapshots;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>Wall screens connect here; they can only watch. Each connection watches one dashboard at a time.</summary>
public sealed class LiveHub(DashboardSnapshotBuilder dashboardSnapshots) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    private const string WatchedKey = "watched";

    public static string DashboardGroup(string dashboardId) => "dashboard:" + dashboardId;

    public override async Task OnConnectedAsync()
    {
        await Clients.Caller.HostVersion(new HostInfo(Live.HostVersion.Current));
        await base.OnConnectedAsync();
    }

    /// <summary>
    /// Leaves the dashboard watched before (a playlist moves on), joins this one's group first and reads the snapshot
    /// second, so a value stored in between arrives as an update rather than falling into a gap. Called again on every
    /// reconnect to resynchronise.
    /// </summary>
    public async Task<DashboardSnapshot> Watch(string dashboardId)
    {
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
}
