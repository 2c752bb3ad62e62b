namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>One entry of a job's state history.</summary>
internal sealed class StateDocument
{
    public long Id { get; set; }

    public long JobId { get; set; }

    public string Name { get; set; } = "";

    public string? Reason { get; set; }

    public long CreatedAt { get; set; }

    public Dictionary<string, string> Data { get; set; } = new(StringComparer.Ordinal);
}
