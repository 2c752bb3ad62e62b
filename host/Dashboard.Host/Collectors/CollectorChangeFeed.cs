namespace Dashboard.Host.Collectors;

/// <summary>
/// Tells whoever subscribed that a collector was stored or deleted, after the write and before the caller's request
/// returns, whichever path changed it (the API, the demo seeder, a pause). A failing subscriber is logged, never the
/// caller's failure.
/// </summary>
public sealed class CollectorChangeFeed(ILogger<CollectorChangeFeed> logger)
{
    private readonly List<Func<CollectorChange, Task>> _subscribers = [];
    private readonly Lock _gate = new();

    public void Subscribe(Func<CollectorChange, Task> subscriber)
    {
        lock (_gate)
        {
            _subscribers.Add(subscriber);
        }
    }

    public async Task PublishAsync(CollectorChange change)
    {
        Func<CollectorChange, Task>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber(change);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Reacting to collector {CollectorId} being {Change} failed", change.CollectorId, change.Kind);
            }
        }
    }
}
