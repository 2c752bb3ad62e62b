using System.Text.Json;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Reads answers from JSON with System.Text.Json: an array of answer objects as HappyOrNot's
/// <c>/results/button-feedbacks.json</c> returns it, one answer object, or NDJSON (one object per line). Property names
/// are matched like CSV columns; numbers, strings, booleans and null are all accepted where a value is expected.
/// </summary>
internal sealed class FeedbackJsonParser(FeedbackSettings settings, TimeZoneInfo timeZone)
{
    private readonly AnswerReader _reader = new(settings, timeZone);

    /// <summary>
    /// Parses a JSON document. A document that is not valid JSON, or neither an array nor an object, is refused whole;
    /// an array item that cannot be used is skipped with its index. A single object is item 0.
    /// </summary>
    /// <exception cref="InputException">The document is not valid JSON or not an array or object.</exception>
    public ParsedAnswers ParseDocument(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedAnswers.Empty;
        }

        using var document = ReadDocument(text, source);
        var root = document.RootElement;
        var updates = new List<RecordUpdate>();
        var problems = new List<InputProblem>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    Add(item, new InputPlace(source, Index: index++), updates, problems);
                }

                break;
            case JsonValueKind.Object:
                Add(root, new InputPlace(source, Index: 0), updates, problems);
                break;
            default:
                throw new InputException(new InputPlace(source, Line: 1).Problem(null, $"Expected an array of answers or one answer object, not {Describe(root.ValueKind)}."));
        }

        return new ParsedAnswers(updates, problems);
    }

    /// <summary>Parses NDJSON: each non-blank line is one answer object; a line that cannot be used is skipped with its number.</summary>
    public ParsedAnswers ParseLines(string text, string source)
    {
        var updates = new List<RecordUpdate>();
        var problems = new List<InputProblem>();
        var lines = text.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var place = new InputPlace(source, Line: number);
            try
            {
                using var document = JsonDocument.Parse(line);
                Add(document.RootElement, place, updates, problems);
            }
            catch (JsonException exception)
            {
                problems.Add(place.Problem(null, $"The line is not valid JSON: {FirstSentence(exception.Message)}"));
            }
        }

        return new ParsedAnswers(updates, problems);
    }

    private static JsonDocument ReadDocument(string text, string source)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            var line = (int)Math.Min(int.MaxValue, (exception.LineNumber ?? 0) + 1);
            throw new InputException(new InputPlace(source, Line: line).Problem(null, $"The body is not valid JSON: {FirstSentence(exception.Message)}"), exception);
        }
    }

    private void Add(JsonElement item, InputPlace place, List<RecordUpdate> updates, List<InputProblem> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(place.Problem(null, $"Expected an answer object, not {Describe(item.ValueKind)}."));
            return;
        }

        var properties = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            properties.TryAdd(FeedbackColumns.Normalise(property.Name), property);
        }

        var raw = new RawAnswer();
        foreach (var field in Enum.GetValues<AnswerField>())
        {
            var found = settings.Columns.NamesFor(field)
                .Select(name => properties.TryGetValue(FeedbackColumns.Normalise(name), out var property) ? property : (JsonProperty?)null)
                .FirstOrDefault(property => property is not null);
            if (found is not { } property)
            {
                continue;
            }

            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                problems.Add(place.Problem(property.Name, $"Expected a text, number or true/false, not {Describe(property.Value.ValueKind)}."));
                return;
            }

            raw.Set(field, property.Name, TextOf(property.Value));
        }

        var (update, problem) = _reader.Read(raw, place);
        if (update is not null)
        {
            updates.Add(update);
        }
        else
        {
            problems.Add(problem!);
        }
    }

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
