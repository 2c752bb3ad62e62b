using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>One complaint as a source describes it at <see cref="AsOf"/>, whatever its input format.</summary>
internal sealed record Complaint
{
    public required string Id { get; init; }

    /// <summary>When the source says this state became true; the newest state of a complaint wins when records merge.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public required DateTimeOffset Received { get; init; }

    public DateTimeOffset? FirstReply { get; init; }

    public DateTimeOffset? Closed { get; init; }

    public required string Category { get; init; }

    public string? Channel { get; init; }

    public string? ServicePoint { get; init; }

    /// <summary>Source-specific fields kept beside the common ones (service code, detailed status, place).</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// The whole state as one update: every field is set, so a newer state also clears what no longer holds (a
    /// reopened complaint loses its closing time).
    /// </summary>
    public RecordUpdate ToUpdate()
    {
        var fields = new Dictionary<string, object?>(Extra, StringComparer.Ordinal)
        {
            [RecordRules.StartField] = Received,
            [RecordRules.EndField] = Closed,
            [ComplaintFields.FirstReply] = FirstReply,
            [ComplaintFields.Status] = Closed is null ? "open" : "closed",
            [ComplaintFields.Category] = Category,
            [ComplaintFields.Channel] = Channel,
            [ComplaintFields.ServicePoint] = ServicePoint,
        };
        return new RecordUpdate { RecordId = Id, AsOf = AsOf, Fields = fields };
    }

    /// <summary>A name cut to <see cref="ComplaintFields.MaxNameLength"/> characters, or null when blank.</summary>
    public static string? Name(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length <= ComplaintFields.MaxNameLength ? trimmed
            : trimmed[..ComplaintFields.MaxNameLength];
    }
}
