using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Plugins.QueueTimes.Records;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Visits;

/// <summary>
/// Turns one visit event, whatever format it came in, into a record update: visit events update the visit's record,
/// counter events the counter's record. The caller hands the event's values through a lookup by normalised name.
/// </summary>
internal static class VisitEventReader
{
    /// <summary>Reads one event; problems and unused events go to <paramref name="tally"/>.</summary>
    public static void Read(Func<string[], string?> value, InputPlace place, TimeZoneInfo zone, InputTally tally)
    {
        var eventName = value(VisitFields.Event);
        if (eventName is null)
        {
            tally.Skip(place.Problem("eventName", "No event name; expected eventName (or event, type) such as VISIT_CREATE, VISIT_CALL or VISIT_END."));
            return;
        }

        var kind = VisitEventNames.Find(eventName);
        if (kind is VisitEventKind.Unknown or VisitEventKind.Unused)
        {
            (kind == VisitEventKind.Unknown ? (Action<string>)tally.CountUnknown : tally.CountUnused)(eventName.Trim());
            return;
        }

        var timeText = value(VisitFields.Time);
        if (!EventTimes.TryParse(timeText, zone, out var time))
        {
            tally.Skip(place.Problem("eventTime", timeText is null ? $"No event time; {EventTimes.Expected}." : $"'{timeText}' is not a time; {EventTimes.Expected}."));
            return;
        }

        var update = kind is VisitEventKind.Opened or VisitEventKind.Closed
            ? CounterUpdate(kind, value, time, place, tally)
            : VisitUpdate(kind, value, time, place, tally);
        if (update is not null)
        {
            tally.Add(update);
        }
    }

    // A visit stays at the branch where its ticket was issued, so only the ticket event names the service point:
    // later events often carry just the branch id, which must not rename the visit's service point.
    private static RecordUpdate? VisitUpdate(VisitEventKind kind, Func<string[], string?> value, DateTimeOffset time, InputPlace place, InputTally tally)
    {
        var visitId = value(VisitFields.VisitId);
        var servicePoint = kind == VisitEventKind.Created ? value(VisitFields.ServicePoint) : null;
        var problem = visitId is null
            ? place.Problem("visitId", "No visit id; every visit event needs visitId, the id that ties the visit's events together.")
            : kind == VisitEventKind.Created && servicePoint is null
                ? place.Problem("branchName", "A created visit needs its service point: branchName (or branch, location, branchId).")
                : TooLong(place, ("visitId", visitId, InputLimits.MaxIdLength), ("branchName", servicePoint, InputLimits.MaxNameLength));
        if (problem is not null)
        {
            tally.Skip(problem);
            return null;
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [QueueFields.Kind] = RecordKinds.Visit,
            [QueueFields.SourceId] = visitId,
        };
        AddLabel(fields, QueueFields.ServicePoint, servicePoint);
        AddLabel(fields, QueueFields.Ticket, value(VisitFields.Ticket));
        AddLabel(fields, QueueFields.Service, value(VisitFields.Service));
        AddLabel(fields, QueueFields.VisitQueue, value(VisitFields.Queue));
        switch (kind)
        {
            case VisitEventKind.Created:
                fields[RecordRules.StartField] = time;
                fields[QueueFields.WaitingSince] = time;
                fields[QueueFields.Called] = null;
                fields[RecordRules.EndField] = null;
                fields[QueueFields.Outcome] = Outcomes.Waiting;
                break;
            case VisitEventKind.Called:
                fields[QueueFields.Called] = time;
                fields[QueueFields.Outcome] = Outcomes.Called;
                AddLabel(fields, QueueFields.Position, value(VisitFields.Counter));
                break;
            case VisitEventKind.Requeued:
                fields[QueueFields.WaitingSince] = time;
                fields[QueueFields.Called] = null;
                fields[QueueFields.Outcome] = Outcomes.Waiting;
                fields[QueueFields.Transferred] = true;
                break;
            default:
                fields[RecordRules.EndField] = time;
                fields[QueueFields.Outcome] = kind switch
                {
                    VisitEventKind.NoShow => Outcomes.NoShow,
                    VisitEventKind.Removed => Outcomes.Removed,
                    _ => Outcomes.Served,
                };
                break;
        }

        return new RecordUpdate { RecordId = RecordIds.Visit(visitId!), AsOf = time, Fields = fields };
    }

    private static RecordUpdate? CounterUpdate(VisitEventKind kind, Func<string[], string?> value, DateTimeOffset time, InputPlace place, InputTally tally)
    {
        var servicePoint = value(VisitFields.ServicePoint);
        var counter = value(VisitFields.Counter);
        var problem = servicePoint is null
            ? place.Problem("branchName", "A counter event needs its service point: branchName (or branch, location, branchId).")
            : counter is null
                ? place.Problem("servicePointName", "A counter event needs its counter: servicePointName (or counter, desk, servicePointId, unitId).")
                : TooLong(place, ("branchName", servicePoint, InputLimits.MaxNameLength), ("servicePointName", counter, InputLimits.MaxNameLength));
        if (problem is not null)
        {
            tally.Skip(problem);
            return null;
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [QueueFields.Kind] = RecordKinds.Position,
            [QueueFields.ServicePoint] = servicePoint,
            [QueueFields.Position] = counter,
        };
        if (kind == VisitEventKind.Opened)
        {
            fields[RecordRules.StartField] = time;
            fields[RecordRules.EndField] = null;
        }
        else
        {
            fields[RecordRules.EndField] = time;
        }

        return new RecordUpdate { RecordId = RecordIds.Counter(servicePoint!, counter!), AsOf = time, Fields = fields };
    }

    private static InputProblem? TooLong(InputPlace place, params (string Field, string? Value, int Max)[] values) =>
        values.Where(item => item.Value is not null)
            .Select(item => (item.Field, Message: InputLimits.CheckLength(item.Value!, item.Max, "A value")))
            .Where(item => item.Message is not null)
            .Select(item => place.Problem(item.Field, item.Message!))
            .FirstOrDefault();

    private static void AddLabel(Dictionary<string, object?> fields, string name, string? label)
    {
        if (label is not null)
        {
            fields[name] = label.Length > InputLimits.MaxLabelLength ? label[..InputLimits.MaxLabelLength] : label;
        }
    }
}
