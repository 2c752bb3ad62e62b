using Dashboard.Host.Configuration;
using Dashboard.Host.Storage;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Runs;

/// <summary>
/// Prunes run history that started more than <see cref="DashboardOptions.RunHistoryDays"/> ago, every
/// <see cref="DashboardOptions.RecordPruneInterval"/>.
/// </summary>
public sealed class RunHistoryRetentionService(RunHistoryStore history, IOptions<DashboardOptions> options, TimeProvider time, ILogger<RunHistoryRetentionService> logger)
    : BatchPruningService(time, logger)
{
    protected override TimeSpan Interval => options.Value.RecordPruneInterval;

    protected override int BatchSize => 500;

    protected override string Items => "run history entries";

    protected override DateTimeOffset CutOff(DateTimeOffset now) => now.AddDays(-options.Value.RunHistoryDays);

    protected override Task<int> PruneBatchAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken) =>
        history.PruneAsync(before, batchSize, cancellationToken);
}
