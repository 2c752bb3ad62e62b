namespace Dashboard.Host.Live;

/// <summary>Why a screen is told its dashboard changed.</summary>
public static class DashboardChangeKinds
{
    public const string Created = "created";
    public const string Saved = "saved";
    public const string Deleted = "deleted";

    /// <summary>A collector its tiles show was renamed, paused, resumed, changed or deleted.</summary>
    public const string CollectorChanged = "collectorChanged";
}
