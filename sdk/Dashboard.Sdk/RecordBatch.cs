namespace Dashboard.Sdk;

/// <summary>What one read or one pushed body gave: record updates, where to continue, and what was skipped.</summary>
public sealed record RecordBatch
{
    /// <summary>The updates, in input order; several may name the same record.</summary>
    public IReadOnlyList<RecordUpdate> Updates { get; init; } = [];

    /// <summary>Where the next scheduled read starts (a file offset, the last time seen); null keeps the current one.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Lines or items skipped, each naming its place; the host shows them with the run or the push reply.</summary>
    public IReadOnlyList<InputProblem> Problems { get; init; } = [];
}
