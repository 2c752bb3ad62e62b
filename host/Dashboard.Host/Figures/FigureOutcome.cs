namespace Dashboard.Host.Figures;

/// <summary>What one recomputation of a collector's figures did: how many figures it stored, or why it stored none.</summary>
public sealed record FigureOutcome(int Stored, string? Error)
{
    public static readonly FigureOutcome Nothing = new(0, null);
}
