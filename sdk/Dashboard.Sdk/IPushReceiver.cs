namespace Dashboard.Sdk;

/// <summary>
/// A plugin capability (SDK 1.1): turn input that a source pushes to the collector's ingest endpoint
/// (<c>POST /api/collectors/{id}/events</c>) into record updates.
/// </summary>
public interface IPushReceiver
{
    /// <summary>The media types this plugin reads, e.g. <c>application/json</c>, <c>application/x-ndjson</c>, <c>text/csv</c>.</summary>
    IReadOnlyList<string> AcceptedContentTypes { get; }

    /// <summary>
    /// Parses one pushed body. Lines or items that cannot be used are listed in <see cref="RecordBatch.Problems"/> and
    /// skipped; throw <see cref="InputException"/> when the whole body must be refused.
    /// </summary>
    Task<RecordBatch> ReceiveAsync(CollectContext context, PushedInput input, CancellationToken cancellationToken);
}
