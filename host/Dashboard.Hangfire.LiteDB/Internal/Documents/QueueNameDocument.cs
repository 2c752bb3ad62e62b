namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>A queue that has ever been used, for the dashboard's queue page.</summary>
internal sealed class QueueNameDocument
{
    public string Id { get; set; } = "";
}
