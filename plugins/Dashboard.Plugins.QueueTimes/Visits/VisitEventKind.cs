namespace Dashboard.Plugins.QueueTimes.Visits;

/// <summary>What a queue-management event means for the waits.</summary>
internal enum VisitEventKind
{
    /// <summary>An event the plugin does not know.</summary>
    Unknown,

    /// <summary>A known event that does not change a wait (a confirmation, a user logging in, a reset).</summary>
    Unused,

    /// <summary>A ticket was issued: the visit starts waiting.</summary>
    Created,

    /// <summary>The visitor was called to a counter: the wait ends.</summary>
    Called,

    /// <summary>The visitor was served to the end.</summary>
    Ended,

    /// <summary>The visitor was called but never came.</summary>
    NoShow,

    /// <summary>The visit was removed from the queue: the visitor left.</summary>
    Removed,

    /// <summary>The visit went back into a queue (transferred or recycled): it waits again.</summary>
    Requeued,

    /// <summary>A counter opened (or a user started a session at it).</summary>
    Opened,

    /// <summary>A counter closed (or a user ended a session at it).</summary>
    Closed,
}
