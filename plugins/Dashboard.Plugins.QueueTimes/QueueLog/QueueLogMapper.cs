using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Plugins.QueueTimes.Records;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.QueueLog;

/// <summary>
/// Turns a queue_log event into a record update with AsOf = the event's time: call events update the call's record
/// (one per call id and queue), member events the member's record in that queue. Waits come only from the timestamps.
/// </summary>
internal static class QueueLogMapper
{
    private const string None = "NONE";

    // A millisecond: the finest step a record store is sure to keep.
    private static readonly TimeSpan EntryPrecedence = TimeSpan.FromMilliseconds(1);

    /// <summary>Reads one event; problems and unused or unknown events go to <paramref name="tally"/>.</summary>
    public static void Read(QueueLogEvent logEvent, InputPlace place, InputTally tally)
    {
        var name = logEvent.Event.Trim().ToUpperInvariant();
        if (name.Length == 0)
        {
            tally.Skip(place.Problem("event", "No event type; expected one such as ENTERQUEUE, CONNECT or ABANDON."));
            return;
        }

        var outcome = CallOutcome(name);
        if (outcome is not null)
        {
            ReadCall(logEvent, name, outcome, place, tally);
        }
        else if (MemberChange(logEvent.Time, name) is { } change)
        {
            ReadMember(logEvent, name, change, place, tally);
        }
        else if (QueueLogEvents.Unused.Contains(name))
        {
            tally.CountUnused(name);
        }
        else
        {
            tally.CountUnknown(name);
        }
    }

    private static string? CallOutcome(string name) => name switch
    {
        QueueLogEvents.EnterQueue => Outcomes.Waiting,
        QueueLogEvents.Connect => Outcomes.Answered,
        _ when QueueLogEvents.Completed.Contains(name) => Outcomes.Answered,
        _ when QueueLogEvents.Abandoned.Contains(name) => Outcomes.Abandoned,
        _ when QueueLogEvents.Exited.Contains(name) => Outcomes.Exited,
        _ => null,
    };

    private static Dictionary<string, object?>? MemberChange(DateTimeOffset time, string name) => name switch
    {
        _ when QueueLogEvents.MemberIn.Contains(name) =>
            new() { [RecordRules.StartField] = time, [RecordRules.EndField] = null, [QueueFields.PausedSince] = null },
        _ when QueueLogEvents.MemberOut.Contains(name) => new() { [RecordRules.EndField] = time },
        QueueLogEvents.Pause => new() { [QueueFields.PausedSince] = time },
        QueueLogEvents.Unpause => new() { [QueueFields.PausedSince] = null },
        _ => null,
    };

    private static void ReadCall(QueueLogEvent logEvent, string name, string outcome, InputPlace place, InputTally tally)
    {
        var callId = logEvent.CallId.Trim();
        var queue = logEvent.Queue.Trim();
        var problem = IsMissing(callId)
            ? place.Problem("callid", $"{name} is a call event and needs the caller's unique id, not '{callId}'.")
            : IsMissing(queue)
                ? place.Problem("queue", $"{name} is a call event and needs its queue, not '{queue}'.")
                : Check(place, "callid", callId, InputLimits.MaxIdLength) ?? Check(place, "queue", queue, InputLimits.MaxNameLength);
        if (problem is not null)
        {
            tally.Skip(problem);
            return;
        }

        var time = logEvent.Time;
        var asOf = time;
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [QueueFields.Kind] = RecordKinds.Call,
            [QueueFields.Queue] = queue,
            [QueueFields.SourceId] = callId,
            [QueueFields.Outcome] = outcome,
        };
        if (name == QueueLogEvents.EnterQueue)
        {
            fields[RecordRules.StartField] = time;
            fields[QueueFields.Answered] = null;
            fields[RecordRules.EndField] = null;
            // Times have whole seconds (file) and exports need not be sorted: an answer or abandon in the same second
            // as the entry must win whatever the order the lines arrive in, so the entry is dated just before.
            asOf = time - EntryPrecedence;
        }
        else if (name == QueueLogEvents.Connect)
        {
            fields[QueueFields.Answered] = time;
            AddAgent(fields, logEvent.Agent);
        }
        else
        {
            fields[RecordRules.EndField] = time;
            if (name.EndsWith("TRANSFER", StringComparison.Ordinal))
            {
                fields[QueueFields.Transferred] = true;
            }
        }

        tally.Add(new RecordUpdate { RecordId = RecordIds.Call(callId, queue), AsOf = asOf, Fields = fields });
    }

    private static void ReadMember(QueueLogEvent logEvent, string name, Dictionary<string, object?> fields, InputPlace place, InputTally tally)
    {
        var queue = logEvent.Queue.Trim();
        var agent = logEvent.Agent.Trim();
        if (IsMissing(queue))
        {
            // AGENTLOGIN and friends of chan_agent name no queue: they cannot tell which queue is staffed.
            tally.CountUnused(name);
            return;
        }

        var problem = IsMissing(agent)
            ? place.Problem("agent", $"{name} is a member event and needs the member, not '{agent}'.")
            : Check(place, "queue", queue, InputLimits.MaxNameLength) ?? Check(place, "agent", agent, InputLimits.MaxNameLength);
        if (problem is not null)
        {
            tally.Skip(problem);
            return;
        }

        fields[QueueFields.Kind] = RecordKinds.Position;
        fields[QueueFields.Queue] = queue;
        fields[QueueFields.Position] = agent;
        tally.Add(new RecordUpdate { RecordId = RecordIds.Member(queue, agent), AsOf = logEvent.Time, Fields = fields });
    }

    private static void AddAgent(Dictionary<string, object?> fields, string agent)
    {
        var trimmed = agent.Trim();
        if (!IsMissing(trimmed) && trimmed.Length <= InputLimits.MaxNameLength)
        {
            fields[QueueFields.Agent] = trimmed;
        }
    }

    private static bool IsMissing(string value) => value.Length == 0 || value.Equals(None, StringComparison.OrdinalIgnoreCase);

    private static InputProblem? Check(InputPlace place, string field, string value, int maxLength) =>
        InputLimits.CheckLength(value, maxLength, $"The {field}") is { } message ? place.Problem(field, message) : null;
}
