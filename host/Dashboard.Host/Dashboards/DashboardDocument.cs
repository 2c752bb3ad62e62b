using System.Text.Json.Serialization;

namespace Dashboard.Host.Dashboards;

/// <summary>
/// A wall dashboard as JSON: a grid of <see cref="Columns"/> by <see cref="Rows"/> cells and tiles placed on it
/// (docs/dashboards.md). Every field is nullable so that a missing one is reported by name rather than read as 0.
/// <see cref="Provisioned"/>, <see cref="Origin"/> and <see cref="UpdatedAt"/> are set by the host on reads and
/// ignored on writes, so a client can PUT back what it got.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DashboardDocument
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary><c>en</c> or <c>fi</c>; missing means <c>en</c>.</summary>
    public string? Language { get; init; }

    public int? Columns { get; init; }

    public int? Rows { get; init; }

    public IReadOnlyList<TileDocument?>? Tiles { get; init; }

    /// <summary>Read only: the dashboard comes from a file in the provisioning folder and is re-read at every start.</summary>
    public bool? Provisioned { get; init; }

    /// <summary>Read only: <c>user</c>, <c>file</c> or <c>generated</c> (see <see cref="DashboardOrigin"/>).</summary>
    public string? Origin { get; init; }

    /// <summary>Read only: when it was last stored.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The document without the host's read-only fields, as it is stored, exported and validated.</summary>
    public DashboardDocument WithoutHostFields() => this with { Provisioned = null, Origin = null, UpdatedAt = null };
}
