namespace Dashboard.Host.Live;

/// <summary>What the server calls on a wall screen.</summary>
public interface ILiveClient
{
    /// <summary>New values of a collector that the screen's dashboard shows.</summary>
    Task FiguresUpdated(FiguresUpdate update);

    /// <summary>A collector the screen's dashboard shows ran, failed or recovered.</summary>
    Task CollectorStatusChanged(CollectorStatus status);

    /// <summary>The dashboard, or a collector it shows, changed: read the dashboard and its snapshot again.</summary>
    Task DashboardChanged(DashboardChange change);

    /// <summary>An admin asked every screen to reload.</summary>
    Task Reload(ScreenReload reload);

    /// <summary>The host's version, sent on every connect.</summary>
    Task HostVersion(HostInfo info);
}
