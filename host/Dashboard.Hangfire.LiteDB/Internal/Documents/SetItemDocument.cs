namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>One member of a sorted set; the id is key and value so a member exists once.</summary>
internal sealed class SetItemDocument : IKeyedExpiringDocument
{
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public double Score { get; set; }

    /// <summary>Indexed: key, order-preserving score and value, for range queries by score.</summary>
    public string ScoreSlot { get; set; } = "";

    public long? ExpireAt { get; set; }
}
