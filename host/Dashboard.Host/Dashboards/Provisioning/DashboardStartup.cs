using Dashboard.Host.Collectors;
using Dashboard.Host.Live;

namespace Dashboard.Host.Dashboards.Provisioning;

/// <summary>
/// At start, after the collectors are in place: loads the provisioning folder, gives every collector without dashboards
/// its own, and from then on follows collector changes (a new collector gets dashboards, a changed or deleted one tells
/// the screens showing it).
/// </summary>
public sealed class DashboardStartup(
    DashboardFileProvisioner files,
    DashboardGenerator generator,
    CollectorRepository collectors,
    CollectorChangeFeed changes,
    LivePublisher live,
    IHostApplicationLifetime lifetime) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await files.ProvisionAsync(cancellationToken);
        foreach (var collector in collectors.GetAll())
        {
            await generator.GenerateForAsync(collector, cancellationToken);
        }

        changes.Subscribe(OnCollectorChangedAsync);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task OnCollectorChangedAsync(CollectorChange change)
    {
        var stopping = lifetime.ApplicationStopping;
        switch (change.Kind)
        {
            case CollectorChangeKind.Created:
                await generator.GenerateForAsync(change.Collector!, stopping);
                break;
            case CollectorChangeKind.Deleted:
                await live.PublishCollectorChangedAsync(change.CollectorId);
                await generator.RemoveForAsync(change.CollectorId, stopping);
                break;
            default:
                await live.PublishCollectorChangedAsync(change.CollectorId);
                break;
        }
    }
}
