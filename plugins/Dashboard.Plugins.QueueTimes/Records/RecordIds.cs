namespace Dashboard.Plugins.QueueTimes.Records;

/// <summary>The stable record ids: the kind, then the source's own identifiers.</summary>
internal static class RecordIds
{
    /// <summary>One record per visit id: every event of the visit updates it.</summary>
    public static string Visit(string visitId) => $"{RecordKinds.Visit}:{visitId}";

    /// <summary>One record per call id and queue: a call that enters two queues waits twice, once in each.</summary>
    public static string Call(string callId, string queue) => $"{RecordKinds.Call}:{callId}:{queue}";

    /// <summary>One record per counter of a service point, holding its latest open period.</summary>
    public static string Counter(string servicePoint, string counter) => $"counter:{servicePoint}:{counter}";

    /// <summary>One record per member of a queue, holding its latest session.</summary>
    public static string Member(string queue, string agent) => $"member:{queue}:{agent}";
}
