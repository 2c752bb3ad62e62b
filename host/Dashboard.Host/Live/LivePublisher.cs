using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Metrics;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Live;

/// <summary>
/// Pushes new values, collector states and dashboard changes only to the groups of the dashboards that show them, so
/// a screen never receives another dashboard's collectors.
/// </summary>
public sealed class LivePublisher(IHubContext<LiveHub, ILiveClient> hub, DashboardAudience audience, TimeProvider time, ILogger<LivePublisher> logger)
{
    /// <summary>Pushes a collector's values that became their series' last to each dashboard showing them, only its own series.</summary>
    public async Task PublishFiguresAsync(string collectorId, IReadOnlyList<QualifiedSample> newest)
    {
        if (newest.Count == 0)
        {
            return;
        }

        // Every dashboard's group at once, so the screens of the last dashboard do not wait for the first one's writes.
        var sends = new List<Task>();
        foreach (var interest in audience.DashboardsShowing(collectorId))
        {
            var values = newest.Where(interest.Wants)
                .Select(sample => new LiveFigure(sample.SeriesKey, sample.MetricKey, sample.Dimensions, sample.Timestamp, sample.Value, sample.State, sample.Basis))
                .ToList();
            if (values.Count > 0)
            {
                sends.Add(SendSafelyAsync(() => hub.Clients.Group(LiveHub.DashboardGroup(interest.DashboardId)).FiguresUpdated(new FiguresUpdate(interest.DashboardId, collectorId, values))));
            }
        }

        await Task.WhenAll(sends);
    }

    public Task PublishCollectorStatusAsync(CollectorStatus status)
    {
        var shown = status with { Error = ShortError.Of(status.Error) };
        var groups = GroupsShowing(status.CollectorId);
        return groups.Count == 0 ? Task.CompletedTask : SendSafelyAsync(() => hub.Clients.Groups(groups).CollectorStatusChanged(shown));
    }

    public Task PublishDashboardChangedAsync(string dashboardId, string kind) =>
        SendSafelyAsync(() => hub.Clients.Group(LiveHub.DashboardGroup(dashboardId)).DashboardChanged(new DashboardChange(dashboardId, kind)));

    /// <summary>A collector was renamed, paused, changed or deleted: every dashboard showing it reloads.</summary>
    public async Task PublishCollectorChangedAsync(string collectorId)
    {
        var showing = audience.DashboardsShowing(collectorId).Select(interest => interest.DashboardId).ToList();
        audience.Invalidate();
        foreach (var dashboardId in showing)
        {
            await PublishDashboardChangedAsync(dashboardId, DashboardChangeKinds.CollectorChanged);
        }
    }

    public Task ReloadAllScreensAsync() => SendSafelyAsync(() => hub.Clients.All.Reload(new ScreenReload(time.GetUtcNow())));

    private List<string> GroupsShowing(string collectorId) =>
        audience.DashboardsShowing(collectorId).Select(interest => LiveHub.DashboardGroup(interest.DashboardId)).ToList();

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
