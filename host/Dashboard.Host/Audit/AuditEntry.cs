namespace Dashboard.Host.Audit;

/// <summary>
/// One change asked of the admin or editor API: who, when, which endpoint on what, and the answer's status. Never a
/// body or a query string, which may carry settings and secrets.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Given by LiteDB in order of writing, so newer entries have larger ids.</summary>
    public long Id { get; set; }

    public long TimeUtcTicks { get; set; }

    public string User { get; set; } = "";

    public string Method { get; set; } = "";

    /// <summary>The endpoint's route pattern, e.g. <c>/api/collectors/{id}/pause</c>.</summary>
    public string Route { get; set; } = "";

    /// <summary>The path asked for, e.g. <c>/api/collectors/lobby/pause</c>.</summary>
    public string Path { get; set; } = "";

    public int Status { get; set; }
}
