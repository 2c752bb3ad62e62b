namespace Dashboard.Host.Audit;

public sealed record AuditEntryResponse(long Id, DateTimeOffset TimeUtc, string User, string Method, string Route, string Path, int Status)
{
    public static AuditEntryResponse From(AuditEntry entry) =>
        new(entry.Id, new DateTimeOffset(entry.TimeUtcTicks, TimeSpan.Zero), entry.User, entry.Method, entry.Route, entry.Path, entry.Status);
}
