namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>A running Hangfire server and its last heartbeat.</summary>
internal sealed class ServerDocument
{
    public string Id { get; set; } = "";

    public int WorkerCount { get; set; }

    public string[] Queues { get; set; } = [];

    public long StartedAt { get; set; }

    public long Heartbeat { get; set; }
}
