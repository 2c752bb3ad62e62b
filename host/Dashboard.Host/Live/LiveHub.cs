using Dashboard.Host.Walls;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>Wall screens connect here; they can only watch.</summary>
public sealed class LiveHub(WallSnapshotBuilder snapshots) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    public static string GroupName(string wallId) => "wall:" + wallId;

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

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(wallId), Context.ConnectionAborted);
        return snapshots.Build(wallId);
    }
}
