namespace Dashboard.Host.Screens;

/// <summary>A wall screen allowed to show some dashboards, as stored: its tokens and pairing code only as SHA-256 hashes.</summary>
public sealed class DisplayScreen
{
    public string Id { get; set; } = "";

    /// <summary>Where the screen hangs, e.g. "Lobby TV"; for the admin.</summary>
    public string Name { get; set; } = "";

    public List<string> DashboardIds { get; set; } = [];

    /// <summary>Hex SHA-256 hashes of the screen's tokens: the one in the link shown at creation, and one per pairing.</summary>
    public List<string> TokenHashes { get; set; } = [];

    /// <summary>Hex SHA-256 hash of the pairing code while it is unused and fresh; null after.</summary>
    public string? PairingCodeHash { get; set; }

    public long? PairingExpiresUtcTicks { get; set; }

    public long CreatedUtcTicks { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>When a token of the screen last opened a read or the hub, to the minute.</summary>
    public long? LastUsedUtcTicks { get; set; }
}
