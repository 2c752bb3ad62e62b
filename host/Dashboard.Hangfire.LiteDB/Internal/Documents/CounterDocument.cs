namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>A counter's running total. The single writer updates it in place, so there is nothing to aggregate later.</summary>
internal sealed class CounterDocument
{
    public string Id { get; set; } = "";

    public long Value { get; set; }

    public long? ExpireAt { get; set; }
}
