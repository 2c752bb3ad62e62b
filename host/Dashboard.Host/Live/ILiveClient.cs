namespace Dashboard.Host.Live;

/// <summary>What the server calls on a wall screen.</summary>
public interface ILiveClient
{
    Task MetricsUpdated(MetricsUpdate update);

    Task CollectorStatusChanged(CollectorStatus status);
}
