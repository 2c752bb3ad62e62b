using Dashboard.Host.Storage;

namespace Dashboard.Host.Dashboards;

/// <summary>Dashboards in LiteDB; writes go through the database's single writer. <see cref="Version"/> counts writes.</summary>
public sealed class DashboardRepository(DashboardDatabase database, TimeProvider time)
{
    private long _version;

    /// <summary>Grows with every write, so caches built from the dashboards know when to rebuild.</summary>
    public long Version => Interlocked.Read(ref _version);

    private LiteDB.ILiteCollection<StoredDashboard> Dashboards => database.Collection<StoredDashboard>(CollectionNames.Dashboards);

    public IReadOnlyList<StoredDashboard> GetAll() =>
        Dashboards.FindAll().OrderBy(dashboard => dashboard.Title, StringComparer.CurrentCulture).ThenBy(dashboard => dashboard.Id, StringComparer.Ordinal).ToList();

    public StoredDashboard? Find(string id) => Dashboards.FindById(id);

    /// <summary>The stored document with the host's read-only fields filled in.</summary>
    public static DashboardDocument ToDocument(StoredDashboard stored) => DashboardJson.Deserialize<DashboardDocument>(stored.Json) with
    {
        Provisioned = stored.Origin == DashboardOrigin.File,
        Origin = ToOriginName(stored.Origin),
        UpdatedAt = new DateTimeOffset(stored.UpdatedUtcTicks, TimeSpan.Zero),
    };

    public static DashboardSummary ToSummary(StoredDashboard stored) =>
        new(stored.Id, stored.Title, stored.TileCount, stored.Origin == DashboardOrigin.File, ToOriginName(stored.Origin), new DateTimeOffset(stored.UpdatedUtcTicks, TimeSpan.Zero));

    /// <summary>Stores a validated document under <paramref name="id"/>; true when it is new.</summary>
    public async Task<bool> SaveAsync(string id, DashboardDocument document, DashboardOrigin origin, string? provisionedFile = null, string? generatedFor = null, CancellationToken cancellationToken = default)
    {
        var clean = document.WithoutHostFields() with { Id = id, Language = document.Language ?? "en" };
        var stored = new StoredDashboard
        {
            Id = id,
            Title = clean.Title ?? id,
            TileCount = clean.Tiles?.Count ?? 0,
            Json = DashboardJson.Serialize(clean),
            Origin = origin,
            ProvisionedFile = provisionedFile,
            GeneratedFor = generatedFor,
            CollectorIds = (clean.Tiles ?? []).Select(tile => tile?.CollectorId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            UpdatedUtcTicks = time.GetUtcNow().UtcTicks,
        };
        var isNew = await database.WriteAsync(db => db.GetCollection<StoredDashboard>(CollectionNames.Dashboards).Upsert(stored), cancellationToken);
        Interlocked.Increment(ref _version);
        return isNew;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await database.WriteAsync(db => db.GetCollection<StoredDashboard>(CollectionNames.Dashboards).Delete(id), cancellationToken);
        Interlocked.Increment(ref _version);
        return deleted;
    }

    private static string ToOriginName(DashboardOrigin origin) => origin.ToString().ToLowerInvariant();
}
