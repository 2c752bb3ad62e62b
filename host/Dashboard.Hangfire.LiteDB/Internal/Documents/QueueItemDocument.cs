namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>A job waiting in (or fetched from) a queue.</summary>
internal sealed class QueueItemDocument
{
    public long Id { get; set; }

    public string Queue { get; set; } = "";

    public long JobId { get; set; }

    public long? FetchedAt { get; set; }

    /// <summary>Changes on every fetch, so a worker whose job was handed out again cannot remove the new holder's item.</summary>
    public string? FetchToken { get; set; }

    /// <summary>Indexed ordering key, see <see cref="Queue.QueueSlots"/>.</summary>
    public string Slot { get; set; } = "";
}
