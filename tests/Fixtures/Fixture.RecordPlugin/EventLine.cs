using System.Text.Json;
using Dashboard.Sdk;

namespace Fixture.RecordPlugin;

/// <summary>
/// One event per line: <c>{"id":"a","at":"...","start":"...","end":"...","value":3}</c>; id and at are required,
/// the rest optional. A line that does not fit becomes an input problem naming the line and field.
/// </summary>
public static class EventLine
{
    public static RecordBatch ParseLines(string text, string source, int firstLineNumber = 1)
    {
        var updates = new List<RecordUpdate>();
        var problems = new List<InputProblem>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var lineNumber = firstLineNumber + index;
            try
            {
                updates.Add(Parse(line, source, lineNumber));
            }
            catch (InputException exception)
            {
                problems.Add(exception.Problem);
            }
        }

        return new RecordBatch { Updates = updates, Problems = problems };
    }

    private static RecordUpdate Parse(string line, string source, int lineNumber)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw Problem(source, lineNumber, null, $"not JSON: {exception.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Problem(source, lineNumber, null, "each line must be a JSON object.");
        }

        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Problem(source, lineNumber, "id", "a non-empty string is required.");
        }

        var fields = new Dictionary<string, object?>();
        var at = Time(root, "at", source, lineNumber) ?? throw Problem(source, lineNumber, "at", "a time such as 2026-03-02T09:00:00Z is required.");
        if (Time(root, "start", source, lineNumber) is { } start)
        {
            fields[RecordRules.StartField] = start;
        }

        if (Time(root, "end", source, lineNumber) is { } end)
        {
            fields[RecordRules.EndField] = end;
        }

        if (root.TryGetProperty("value", out var value))
        {
            fields["value"] = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Problem(source, lineNumber, "value", "a number is expected.");
        }

        return new RecordUpdate { RecordId = id, AsOf = at, Fields = fields };
    }

    private static DateTimeOffset? Time(JsonElement root, string name, string source, int lineNumber)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.String && element.TryGetDateTimeOffset(out var time)
            ? time
            : throw Problem(source, lineNumber, name, "an ISO 8601 time with an offset is expected.");
    }

    private static InputException Problem(string source, int line, string? field, string message) =>
        new(new InputProblem { Source = source, Line = line, Field = field, Message = message });
}
