using Dashboard.Host.Metrics;
using Dashboard.Host.Walls;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>Pushes new values and collector states to the walls that show them.</summary>
public sealed class LivePublisher(IHubContext<LiveHub, ILiveClient> hub, ILogger<LivePublisher> logger)
{
    public async Task PublishValuesAsync(IReadOnlyList<QualifiedSample> newest)
    {
        var overall = newest.Where(sample => sample.IsOverall).ToList();
        foreach (var wallId in WallCatalog.WallIds)
        {
            var values = overall
                .Where(sample => WallCatalog.Shows(wallId, sample.MetricKey))
                .Select(sample => new LiveValue(sample.MetricKey, sample.Timestamp, sample.Value))
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
