using System.Text.Json;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>
/// Turns one GeoReport v2 service request into a <see cref="Complaint"/>. Besides the standard fields it reads the
/// status history that CitySDK servers add with <c>extensions=true</c>: Helsinki's
/// <c>extended_attributes.tasks[].task_created</c> and <c>extended_attributes.detailed_status</c>, and the 6Aika
/// <c>request_history[]</c> (<c>time</c>, <c>status</c>, <c>note</c>), at the top level or inside
/// <c>extended_attributes</c>.
/// </summary>
internal static class ServiceRequestReader
{
    private const string ExtendedAttributes = "extended_attributes";
    private const string History = "request_history";
    private const string Tasks = "tasks";

    // Statuses servers send instead of the standard "closed"; any other status counts as open.
    private static readonly HashSet<string> ClosedStatuses =
        new(["closed", "resolved", "done", "completed", "archived", "rejected", "processed"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The complaint, or the problem naming the item's index and field.</summary>
    public static (Complaint? Complaint, InputProblem? Problem) Read(JsonElement item, int index, string source, TimeZoneInfo zone)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, Problem(source, index, null, $"expected an object for a service request, found {JsonFieldReader.Describe(item)}"));
        }

        var reader = new JsonFieldReader(zone);
        var id = reader.Text(item, "service_request_id", "service_request_id");
        var status = reader.Text(item, "status", "status");
        var requested = reader.Time(item, "requested_datetime", "requested_datetime");
        var updated = reader.Time(item, "updated_datetime", "updated_datetime");
        var expected = reader.Time(item, "expected_datetime", "expected_datetime");
        var serviceName = reader.Text(item, "service_name", "service_name");
        var serviceCode = reader.Text(item, "service_code", "service_code");
        var agency = reader.Text(item, "agency_responsible", "agency_responsible");
        var latitude = reader.Coordinate(item, "lat", 90);
        var longitude = reader.Coordinate(item, "long", 180);
        var extended = JsonFieldReader.Property(item, ExtendedAttributes);
        var detailedStatus = extended is { } attributes ? reader.Text(attributes, "detailed_status", $"{ExtendedAttributes}.detailed_status") : null;
        var handled = HandlingTimes(reader, item, extended).ToList();

        var missing = id is null ? "service_request_id" : status is null ? "status" : requested is null ? "requested_datetime" : null;
        if (reader.Error is { } error)
        {
            return (null, Problem(source, index, error.Field, error.Message));
        }

        if (missing is not null)
        {
            return (null, Problem(source, index, missing, "is missing or empty; GeoReport v2 requires it"));
        }

        if (id!.Length > RecordRules.MaxIdLength)
        {
            return (null, Problem(source, index, "service_request_id", $"is {id.Length} characters long; at most {RecordRules.MaxIdLength} are accepted"));
        }

        var received = requested!.Value;
        var closed = ClosedStatuses.Contains(status!) ? Later(updated ?? handled.DefaultIfEmpty(received).Max(), received) : (DateTimeOffset?)null;
        var firstReply = FirstReply(handled, received, closed);
        return (new Complaint
        {
            Id = id,
            AsOf = updated ?? new[] { received, firstReply ?? received, closed ?? received }.Max(),
            Received = received,
            FirstReply = firstReply,
            Closed = closed,
            Category = Complaint.Name(serviceName) ?? Complaint.Name(serviceCode) ?? ComplaintFields.NoCategory,
            ServicePoint = Complaint.Name(agency),
            Extra = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [ComplaintFields.ServiceCode] = Complaint.Name(serviceCode),
                [ComplaintFields.DetailedStatus] = Complaint.Name(detailedStatus),
                [ComplaintFields.Expected] = expected,
                // A place needs both coordinates; 0 stands for "unknown" on many servers.
                [ComplaintFields.Latitude] = latitude is not null && longitude is not null ? latitude : null,
                [ComplaintFields.Longitude] = latitude is not null && longitude is not null ? longitude : null,
            },
        }, null);
    }

    // Moments someone acted on the request: a 6Aika history entry past "received" or with a note, a Helsinki task.
    private static IEnumerable<DateTimeOffset> HandlingTimes(JsonFieldReader reader, JsonElement item, JsonElement? extended)
    {
        var owners = new List<(JsonElement Owner, string Prefix)> { (item, "") };
        if (extended is { } attributes)
        {
            owners.Add((attributes, $"{ExtendedAttributes}."));
        }

        foreach (var (owner, prefix) in owners)
        {
            var position = 0;
            foreach (var entry in reader.Array(owner, History, prefix + History))
            {
                var path = $"{prefix}{History}[{position++}]";
                var time = reader.Time(entry, "time", $"{path}.time");
                var status = reader.Text(entry, "status", $"{path}.status");
                var note = reader.Text(entry, "note", $"{path}.note");
                if (time is { } acted && (note is not null || !string.Equals(status ?? "received", "received", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return acted;
                }
            }
        }

        if (extended is { } taskOwner)
        {
            var position = 0;
            foreach (var task in reader.Array(taskOwner, Tasks, $"{ExtendedAttributes}.{Tasks}"))
            {
                if (reader.Time(task, "task_created", $"{ExtendedAttributes}.{Tasks}[{position++}].task_created") is { } created)
                {
                    yield return created;
                }
            }
        }
    }

    // The first reply is never before arrival nor after closing; a closing without an earlier note is itself the reply.
    private static DateTimeOffset? FirstReply(List<DateTimeOffset> handled, DateTimeOffset received, DateTimeOffset? closed)
    {
        DateTimeOffset? first = handled.Count > 0 ? Later(handled.Min(), received) : closed;
        return first is { } reply && closed is { } end && reply > end ? end : first;
    }

    private static DateTimeOffset Later(DateTimeOffset time, DateTimeOffset notBefore) => time < notBefore ? notBefore : time;

    private static InputProblem Problem(string source, int index, string? field, string message) =>
        new() { Source = source, Index = index, Field = field, Message = message };
}
