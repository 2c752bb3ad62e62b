using System.Globalization;
using System.Text.Json;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>
/// Reads the fields of one Open311 service request the way real servers send them: a missing field, <c>null</c> and
/// <c>""</c> all mean "not given", and numbers may come as JSON numbers or as text. The first field that cannot be read
/// is kept in <see cref="Error"/> with its path (e.g. <c>extended_attributes.tasks[1].task_created</c>).
/// </summary>
internal sealed class JsonFieldReader(TimeZoneInfo zone)
{
    /// <summary>The first field that could not be read and why; null while every field was fine.</summary>
    public (string Field, string Message)? Error { get; private set; }

    /// <summary>A property of <paramref name="owner"/>, or null when it is missing or JSON null.</summary>
    public static JsonElement? Property(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>Text or a number as text, trimmed; null when not given or blank.</summary>
    public string? Text(JsonElement owner, string name, string path)
    {
        switch (Property(owner, name))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } text:
                var value = text.GetString()!.Trim();
                return value.Length == 0 ? null : value;
            case { ValueKind: JsonValueKind.Number } number:
                return number.GetRawText();
            case var other:
                Fail(path, $"expected text or a number, found {Describe(other.Value)}");
                return null;
        }
    }

    /// <summary>A date and time; null when not given or blank.</summary>
    public DateTimeOffset? Time(JsonElement owner, string name, string path)
    {
        switch (Property(owner, name))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } text when string.IsNullOrWhiteSpace(text.GetString()):
                return null;
            case { ValueKind: JsonValueKind.String } text when LocalTimes.TryParse(text.GetString(), zone, out var time):
                return time;
            case { ValueKind: JsonValueKind.String } text:
                Fail(path, $"'{Shorten(text.GetString()!)}' is not a date and time in {LocalTimes.FirstYear}-{LocalTimes.LastYear}; {LocalTimes.Expected}");
                return null;
            case var other:
                Fail(path, $"expected a date and time as text, found {Describe(other.Value)}");
                return null;
        }
    }

    /// <summary>A coordinate within ±<paramref name="limit"/> degrees; null when not given, blank or 0 (unknown place).</summary>
    public double? Coordinate(JsonElement owner, string name, double limit)
    {
        double degrees;
        switch (Property(owner, name))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.Number } number:
                degrees = number.GetDouble();
                break;
            case { ValueKind: JsonValueKind.String } text when string.IsNullOrWhiteSpace(text.GetString()):
                return null;
            case { ValueKind: JsonValueKind.String } text
                when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                degrees = parsed;
                break;
            case var other:
                Fail(name, $"expected degrees as a number, found {Describe(other.Value)}");
                return null;
        }

        if (!double.IsFinite(degrees) || Math.Abs(degrees) > limit)
        {
            Fail(name, $"{degrees.ToString(CultureInfo.InvariantCulture)} is not a coordinate; expected -{limit} to {limit} degrees");
            return null;
        }

        return degrees == 0 ? null : degrees;
    }

    /// <summary>The elements of an array; none when not given; an error when it is something else.</summary>
    public IEnumerable<JsonElement> Array(JsonElement owner, string name, string path)
    {
        switch (Property(owner, name))
        {
            case null:
                return [];
            case { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray();
            case var other:
                Fail(path, $"expected an array, found {Describe(other.Value)}");
                return [];
        }
    }

    /// <summary>Records a problem found by the caller.</summary>
    public void Fail(string field, string message) => Error ??= (field, message);

    /// <summary>A JSON value's kind in words, for messages.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
