namespace Dashboard.Sdk;

/// <summary>A plugin capability (SDK 1.1): check that the source can be reached with the given settings, without storing anything.</summary>
public interface IConnectionTester
{
    /// <summary>Tries the source once; a failure is a result, not an exception.</summary>
    Task<ConnectionCheck> TestConnectionAsync(CollectContext context, CancellationToken cancellationToken);
}
