namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>A background job with its current state; the state history lives in <see cref="StateDocument"/>.</summary>
internal sealed class JobDocument
{
    public long Id { get; set; }

    public string InvocationData { get; set; } = "";

    public long CreatedAt { get; set; }

    public long? ExpireAt { get; set; }

    public string? StateName { get; set; }

    public string? StateReason { get; set; }

    public long? StateCreatedAt { get; set; }

    public Dictionary<string, string> StateData { get; set; } = new(StringComparer.Ordinal);

    /// <summary>State name and zero-padded id, indexed: lists a state's jobs in id order and counts them without loading the rest.</summary>
    public string? StateSlot { get; set; }

    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.Ordinal);
}
