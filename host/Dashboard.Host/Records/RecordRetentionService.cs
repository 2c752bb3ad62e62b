using Dashboard.Host.Configuration;
using Dashboard.Host.Storage;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Records;

/// <summary>
/// Prunes records that ended more than <see cref="DashboardOptions.RecordRetentionDays"/> ago, every
/// <see cref="DashboardOptions.RecordPruneInterval"/>.
/// </summary>
public sealed class RecordRetentionService(IRecordStore records, IOptions<DashboardOptions> options, TimeProvider time, ILogger<RecordRetentionService> logger)
    : BatchPruningService(time, logger)
{
    protected override TimeSpan Interval => options.Value.RecordPruneInterval;

    protected override int BatchSize => 1_000;

    protected override string Items => "records";

    protected override DateTimeOffset CutOff(DateTimeOffset now) => now.AddDays(-options.Value.RecordRetentionDays);

    protected override Task<int> PruneBatchAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken) =>
        records.PruneAsync(before, batchSize, cancellationToken);
}
