using System.Text.Json;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>
/// Reads a GeoReport v2 <c>requests.json</c> document: a JSON array of service requests, as the specification gives
/// it. Wrapped forms that servers produce by converting their XML (<c>{"service_requests": [...]}</c>,
/// <c>{"service_requests": {"request": [...]}}</c>) or by paging (<c>{"data": [...]}</c>) are read too. A request
/// that cannot be read is skipped and reported with its index; a document that is not JSON, or not a list of
/// requests, is refused as a whole.
/// </summary>
internal static class Open311DocumentParser
{
    private static readonly string[] WrapperNames = ["service_requests", "requests", "data"];

    /// <summary>Parses one document named <paramref name="source"/> (a URL or a pushed request).</summary>
    /// <exception cref="InputException">The document is not JSON or not a list of service requests.</exception>
    public static Open311Page Parse(ReadOnlyMemory<byte> json, string source, TimeZoneInfo zone)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InputException(
                new InputProblem { Source = source, Line = (int?)exception.LineNumber + 1, Message = $"the body is not valid JSON: {exception.Message}" },
                exception);
        }

        using (document)
        {
            var items = Items(document.RootElement, source);
            var complaints = new List<Complaint>();
            var problems = new List<InputProblem>();
            var index = 0;
            foreach (var item in items)
            {
                var (complaint, problem) = ServiceRequestReader.Read(item, index++, source, zone);
                if (complaint is not null)
                {
                    complaints.Add(complaint);
                }
                else
                {
                    problems.Add(problem!);
                }
            }

            return new Open311Page(complaints, problems, index);
        }
    }

    private static List<JsonElement> Items(JsonElement root, string source)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [.. root.EnumerateArray()];
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in WrapperNames)
            {
                switch (JsonFieldReader.Property(root, name))
                {
                    case { ValueKind: JsonValueKind.Array } array:
                        return [.. array.EnumerateArray()];
                    case { ValueKind: JsonValueKind.Object } wrapper when JsonFieldReader.Property(wrapper, "request") is { } request:
                        return request.ValueKind == JsonValueKind.Array ? [.. request.EnumerateArray()] : [request];
                }
            }

            if (JsonFieldReader.Property(root, "description") is { ValueKind: JsonValueKind.String } description)
            {
                throw Refused(source, $"the server answered with an error instead of service requests: {description.GetString()}");
            }
        }

        throw Refused(source, $"expected a JSON array of service requests (GeoReport v2 requests.json), found {JsonFieldReader.Describe(root)}");
    }

    private static InputException Refused(string source, string message) => new(new InputProblem { Source = source, Message = message });
}
