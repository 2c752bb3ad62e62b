namespace Dashboard.Plugins.QueueTimes;

/// <summary>Reads the current queues, one reading per configured service point.</summary>
internal interface IQueueSource
{
    Task<IReadOnlyList<ServicePointQueue>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken);
}
