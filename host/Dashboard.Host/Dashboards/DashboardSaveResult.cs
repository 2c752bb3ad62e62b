namespace Dashboard.Host.Dashboards;

/// <summary>What a save did: stored (new or replaced), refused with problems by field, or refused as a whole.</summary>
public sealed record DashboardSaveResult(DashboardDocument? Saved, bool Created, IDictionary<string, string[]>? Errors, string? Conflict)
{
    public static DashboardSaveResult Invalid(ValidationErrors errors) => new(null, false, errors.ToDictionary(), null);

    public static DashboardSaveResult Refused(string conflict) => new(null, false, null, conflict);
}
