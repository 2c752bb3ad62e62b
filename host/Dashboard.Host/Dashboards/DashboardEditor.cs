using Dashboard.Host.Live;

namespace Dashboard.Host.Dashboards;

/// <summary>
/// Saves and deletes dashboards for the API (PUT, import, DELETE): validates, refuses to change a provisioned one, stores,
/// and tells the screens showing it.
/// </summary>
public sealed class DashboardEditor(DashboardValidator validator, DashboardRepository dashboards, LivePublisher live)
{
    public async Task<DashboardSaveResult> SaveAsync(string id, DashboardDocument document, bool replace, CancellationToken cancellationToken)
    {
        var errors = validator.Validate(document.WithoutHostFields(), id, requireKnownCollectors: true);
        if (!errors.IsEmpty)
        {
            return DashboardSaveResult.Invalid(errors);
        }

        var existing = dashboards.Find(id);
        if (existing is { Origin: DashboardOrigin.File })
        {
            return DashboardSaveResult.Refused(ProvisionedMessage(existing));
        }

        if (existing is not null && !replace)
        {
            return DashboardSaveResult.Refused($"A dashboard '{id}' exists; import with ?overwrite=true to replace it, or give the file another id.");
        }

        var created = await dashboards.SaveAsync(id, document, DashboardOrigin.User, cancellationToken: cancellationToken);
        await live.PublishDashboardChangedAsync(id, created ? DashboardChangeKinds.Created : DashboardChangeKinds.Saved);
        return new DashboardSaveResult(DashboardRepository.ToDocument(dashboards.Find(id)!), created, null, null);
    }

    /// <summary>Null when deleted; otherwise why not (<see cref="DashboardDeleteRefusal"/>).</summary>
    public async Task<DashboardDeleteRefusal?> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var existing = dashboards.Find(id);
        if (existing is null)
        {
            return new DashboardDeleteRefusal(StatusCodes.Status404NotFound, $"There is no dashboard '{id}'.");
        }

        if (existing.Origin == DashboardOrigin.File)
        {
            return new DashboardDeleteRefusal(StatusCodes.Status409Conflict, ProvisionedMessage(existing));
        }

        await dashboards.DeleteAsync(id, cancellationToken);
        await live.PublishDashboardChangedAsync(id, DashboardChangeKinds.Deleted);
        return null;
    }

    private static string ProvisionedMessage(StoredDashboard existing) =>
        $"Dashboard '{existing.Id}' is provisioned from the file '{existing.ProvisionedFile}' and is read again at every start; change the file, or save a copy under another id.";
}
