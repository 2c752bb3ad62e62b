namespace Dashboard.Plugins.QueueTimes;

/// <summary>How the plugin decides whether a service point or phone queue is open at a moment.</summary>
public enum OpenState
{
    /// <summary>
    /// Open while at least one counter is open (service point opened, not yet closed) or one queue member is logged in
    /// and not paused, as the source's events say. Closed otherwise.
    /// </summary>
    StaffingEvents,

    /// <summary>Open from <c>opensAtHour</c> to <c>closesAtHour</c> local time every day, whatever the events say.</summary>
    OpeningHours,

    /// <summary>Always open: for sources that report neither staffing nor hours (static queue members).</summary>
    AlwaysOpen,
}
