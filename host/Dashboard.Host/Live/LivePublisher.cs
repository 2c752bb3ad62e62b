using Dashboard.Host.Metrics;
using Dashboard.Host.Walls;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>Pushes new values and collector states to the walls that show them.</summary>
public sealed class LivePublisher(IHubContext<LiveHub, ILiveClient> hub, ILogger<LivePublisher> logger)
{
    /// <summary>Pushes new last values of tile series (see <see cref="WallSeries"/>) to the walls showing them.</summary>
    public async Task PublishValuesAsync(IReadOnlyList<QualifiedSample> tileValues)
    {
        foreach (var wallId in WallCatalog.WallIds)
        {
            var values = tileValues
                .Where(sample => WallCatalog.Shows(wallId, sample.MetricKey))
                .Select(sample => new LiveValue(sample.MetricKey, sample.Timestamp, sample.Value, sample.State, sample.Basis))
                .ToList();
            if (values.Count > 0)
            {
                await SendSafelyAsync(() => hub.Clients.Group(LiveHub.GroupName(wallId)).MetricsUpdated(new MetricsUpdate(wallId, values)));
            }
        }
    }

    public Task PublishCollectorStatusAsync(CollectorStatus status) =>
        SendSafelyAsync(() => hub.Clients.All.CollectorStatusChanged(status));

    // Values are stored before they are pushed; a failed push must not fail the collection, and a wall
    // that missed it catches up from the snapshot when it reconnects.
    private async Task SendSafelyAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Live push failed; walls resynchronise on reconnect");
        }
    }
}
