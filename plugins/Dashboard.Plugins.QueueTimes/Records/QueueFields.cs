namespace Dashboard.Plugins.QueueTimes.Records;

/// <summary>The field names of the records this plugin stores: visits, calls and positions (counters, queue members).</summary>
internal static class QueueFields
{
    /// <summary>What the record is: <see cref="RecordKinds"/>.</summary>
    public const string Kind = "kind";

    /// <summary>The service point (branch, office) of a visit or a counter.</summary>
    public const string ServicePoint = "servicePoint";

    /// <summary>The phone queue of a call or a queue member.</summary>
    public const string Queue = "queue";

    /// <summary>Since when the visitor waits on the current leg: the ticket, or the latest transfer back into a queue.</summary>
    public const string WaitingSince = "waitingSince";

    /// <summary>When the visitor was last called to a counter.</summary>
    public const string Called = "called";

    /// <summary>When the call was answered by a member.</summary>
    public const string Answered = "answered";

    /// <summary>How the visit or call ended or stands: <see cref="Outcomes"/>.</summary>
    public const string Outcome = "outcome";

    /// <summary>Since when a queue member is paused; null while available.</summary>
    public const string PausedSince = "pausedSince";

    /// <summary>The counter (Qmatic's service point) or the queue member channel.</summary>
    public const string Position = "position";

    /// <summary>The source's id of the visit or call, kept for tracing.</summary>
    public const string SourceId = "sourceId";

    /// <summary>The visitor's ticket number.</summary>
    public const string Ticket = "ticket";

    /// <summary>The service the visitor came for.</summary>
    public const string Service = "service";

    /// <summary>The queue-management system's queue of the visit.</summary>
    public const string VisitQueue = "visitQueue";

    /// <summary>The member who answered a call.</summary>
    public const string Agent = "agent";

    /// <summary>Whether the visit or call was transferred.</summary>
    public const string Transferred = "transferred";
}
