namespace Dashboard.Host.Collectors;

/// <summary>
/// At start: collectors saved before their plugin marked a setting secret (or before secrets were sealed at all) hold
/// it in plain text; saving them again seals it.
/// </summary>
public sealed class SecretSettingsUpgrade(CollectorRepository collectors, CollectorSecrets secrets, ILogger<SecretSettingsUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var collector in collectors.GetAll().Where(collector => collector.ProtectedSecrets is null && secrets.SecretNames(collector.PluginId).Count > 0))
        {
            await collectors.TryUpdateAsync(collector, cancellationToken);
            if (collector.ProtectedSecrets is not null)
            {
                logger.LogInformation("Collector {CollectorId}: secret settings are now stored encrypted", collector.Id);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
