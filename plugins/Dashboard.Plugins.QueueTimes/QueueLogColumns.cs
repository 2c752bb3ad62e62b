namespace Dashboard.Plugins.QueueTimes;

/// <summary>
/// Which header of a queue_log CSV export holds which value. The defaults are the column names of Asterisk's
/// <c>queue_log</c> database table; an export that renamed them only needs the names changed here. The parameter
/// columns (<c>data1..data5</c>) are not read: waits come from the event times, which every layout keeps.
/// </summary>
public sealed class QueueLogColumns
{
    /// <summary>The event's time, a date and time (local in the collector's time zone unless it has an offset) or Unix seconds.</summary>
    public string Time { get; set; } = "time";

    /// <summary>The caller channel's unique id, the same for every event of one call.</summary>
    public string CallId { get; set; } = "callid";

    /// <summary>The queue's name.</summary>
    public string Queue { get; set; } = "queuename";

    /// <summary>The member (agent) channel; may be missing from the export.</summary>
    public string Agent { get; set; } = "agent";

    /// <summary>The event type, such as ENTERQUEUE or CONNECT.</summary>
    public string Event { get; set; } = "event";

    /// <summary>Every column name with the JSON name of its setting, for validation messages.</summary>
    internal IEnumerable<(string Setting, string? Column)> Named() =>
    [
        ("time", Time), ("callId", CallId), ("queue", Queue), ("agent", Agent), ("event", Event),
    ];
}
