using System.Text;
using System.Text.Json;
using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Visits;

/// <summary>
/// Reads visit events as JSON (one object, named item 0, or an array: all or nothing for the syntax, item by item for
/// the content)
/// and NDJSON (line by line). An event's values are read from the object and from its <c>parameters</c> object, the
/// shape of Qmatic Orchestra's public events; the object's own values win.
/// </summary>
internal static class VisitJsonParser
{
    private const string ParametersProperty = "parameters";
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>Reads a JSON object or array; throws <see cref="InputException"/> when the body is not JSON.</summary>
    public static void ParseJson(ReadOnlyMemory<byte> body, string source, TimeZoneInfo zone, InputTally tally)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new InputException(
                new InputPlace(source, (int?)exception.LineNumber + 1).Problem(null, $"The body is not valid JSON: {exception.Message}"), exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    ReadItem(item, new InputPlace(source, Index: index++), zone, tally);
                }
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                ReadItem(root, new InputPlace(source, Index: 0), zone, tally);
            }
            else
            {
                throw new InputException(new InputPlace(source).Problem(null, $"Expected a visit event object or an array of them, not {root.ValueKind}."));
            }
        }
    }

    /// <summary>Reads NDJSON: one event object per line; a line that is not JSON is skipped with its line number.</summary>
    public static void ParseNdjson(ReadOnlyMemory<byte> body, string source, TimeZoneInfo zone, InputTally tally)
    {
        var lines = Encoding.UTF8.GetString(body.Span).TrimStart('\uFEFF').Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var place = new InputPlace(source, number);
            try
            {
                using var document = JsonDocument.Parse(line, DocumentOptions);
                ReadItem(document.RootElement, place, zone, tally);
            }
            catch (JsonException exception)
            {
                tally.Skip(place.Problem(null, $"The line is not valid JSON: {exception.Message}"));
            }
        }
    }

    private static void ReadItem(JsonElement item, InputPlace place, TimeZoneInfo zone, InputTally tally)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            tally.Skip(place.Problem(null, $"Expected a visit event object, not {item.ValueKind}."));
            return;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(item, values);
        if (item.TryGetProperty(ParametersProperty, out var parameters) && parameters.ValueKind == JsonValueKind.Object)
        {
            Collect(parameters, values);
        }

        VisitEventReader.Read(names => names.Select(values.GetValueOrDefault).FirstOrDefault(found => found is not null), place, zone, tally);
    }

    private static void Collect(JsonElement element, Dictionary<string, string> values)
    {
        foreach (var property in element.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()?.Trim(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrEmpty(text))
            {
                values.TryAdd(FieldNames.Normalise(property.Name), text);
            }
        }
    }
}
