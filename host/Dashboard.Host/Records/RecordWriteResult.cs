namespace Dashboard.Host.Records;

/// <summary>What one write did to the records: updates that made a new record, changed one, or changed nothing.</summary>
public sealed record RecordWriteResult(int New, int Updated, int Duplicate)
{
    public bool ChangedAnything => New + Updated > 0;
}
