namespace Dashboard.Plugins.Shared;

/// <summary>Where a plugin's readings come from: one reading per configured name.</summary>
/// <typeparam name="TReading">What the source reports for one name at one moment.</typeparam>
internal interface IReadingSource<TReading>
{
    Task<IReadOnlyList<TReading>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken);
}
