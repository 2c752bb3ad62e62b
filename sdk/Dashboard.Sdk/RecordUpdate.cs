namespace Dashboard.Sdk;

/// <summary>
/// What one piece of input says about one record (a call, a visit, a feedback answer, a complaint). The host merges
/// updates field by field: for each field the value with the latest <see cref="AsOf"/> wins, ties going to the one
/// stored last. Merging is therefore idempotent and independent of arrival order: the same update twice, or an old
/// event arriving after a newer one, leaves the record as the newest information says.
/// </summary>
public sealed record RecordUpdate
{
    /// <summary>
    /// The record's stable id within the collector: the source's own id (call id, ticket number, service request id),
    /// or a stable hash of the content when the source has none. At most <see cref="RecordRules.MaxIdLength"/> characters.
    /// </summary>
    public required string RecordId { get; init; }

    /// <summary>When the source says this information became true (the event's own time), which orders updates of one field.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>
    /// Field values to set. Values are <see cref="string"/>, <see cref="double"/>, <see cref="long"/> (or <see cref="int"/>),
    /// <see cref="bool"/>, <see cref="DateTimeOffset"/> or null (clears the field). The fields
    /// <see cref="RecordRules.StartField"/> and <see cref="RecordRules.EndField"/> hold the times that place the record in
    /// windows. Field names follow <see cref="RecordRules.CheckUpdate"/>.
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Fields { get; init; }
}
