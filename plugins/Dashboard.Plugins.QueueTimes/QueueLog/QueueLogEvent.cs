namespace Dashboard.Plugins.QueueTimes.QueueLog;

/// <summary>One queue_log line, from the file or a database export.</summary>
/// <param name="Time">When Asterisk logged it.</param>
/// <param name="CallId">The caller channel's unique id, or NONE for queue and member events.</param>
/// <param name="Queue">The queue, or NONE.</param>
/// <param name="Agent">The member channel, or NONE.</param>
/// <param name="Event">The event type as written, such as ENTERQUEUE.</param>
internal sealed record QueueLogEvent(DateTimeOffset Time, string CallId, string Queue, string Agent, string Event);
