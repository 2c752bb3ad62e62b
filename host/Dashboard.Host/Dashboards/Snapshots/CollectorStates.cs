namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>The words a snapshot uses for a collector's state.</summary>
public static class CollectorStates
{
    /// <summary>The last run went well.</summary>
    public const string Ok = "ok";

    /// <summary>It has not run yet.</summary>
    public const string Waiting = "waiting";

    /// <summary>The last run or figure computation failed; tiles keep their last values.</summary>
    public const string Failing = "failing";

    /// <summary>An admin paused it.</summary>
    public const string Disabled = "disabled";

    /// <summary>Its plugin is not loaded.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>No collector has the id a tile names.</summary>
    public const string Missing = "missing";
}
