namespace Dashboard.Host.Dashboards;

/// <summary>Where a stored dashboard came from; decides who may change it and when the host replaces it.</summary>
public enum DashboardOrigin
{
    /// <summary>Saved or imported through the API; the host never touches it.</summary>
    User,

    /// <summary>A file in the provisioning folder; re-read at every start, read-only through the API.</summary>
    File,

    /// <summary>Made by the host for a new collector from its plugin's defaults; becomes <see cref="User"/> when saved.</summary>
    Generated,
}
