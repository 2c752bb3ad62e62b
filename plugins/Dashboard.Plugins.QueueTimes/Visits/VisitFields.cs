namespace Dashboard.Plugins.QueueTimes.Visits;

/// <summary>
/// The names a visit event's values are found under, normalised (see <see cref="Input.FieldNames"/>), first match
/// wins. Qmatic's own names come first: its branch is the dashboard's service point, and its service point is a counter.
/// </summary>
internal static class VisitFields
{
    /// <summary>The event name.</summary>
    public static readonly string[] Event = ["eventname", "event", "eventtype", "type"];

    /// <summary>The event time.</summary>
    public static readonly string[] Time = ["eventtime", "time", "timestamp", "ts"];

    /// <summary>The visit's id, unique in the source.</summary>
    public static readonly string[] VisitId = ["visitid", "visit"];

    /// <summary>The ticket number shown to the visitor.</summary>
    public static readonly string[] Ticket = ["ticket", "ticketid", "ticketnumber"];

    /// <summary>The branch or office: the dashboard's service point.</summary>
    public static readonly string[] ServicePoint = ["branchname", "branch", "location", "office", "branchid"];

    /// <summary>The counter or desk (Qmatic's service point).</summary>
    public static readonly string[] Counter = ["servicepointname", "counter", "desk", "servicepointid", "unitid"];

    /// <summary>The service the visitor came for.</summary>
    public static readonly string[] Service = ["servicename", "serviceintname", "service"];

    /// <summary>The queue of the queue-management system.</summary>
    public static readonly string[] Queue = ["queuename", "queue"];
}
