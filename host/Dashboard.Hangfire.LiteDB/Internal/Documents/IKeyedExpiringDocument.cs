namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>An item of a keyed collection (set member, hash field, list item) whose whole key expires at once.</summary>
internal interface IKeyedExpiringDocument
{
    string Key { get; }

    long? ExpireAt { get; set; }
}
