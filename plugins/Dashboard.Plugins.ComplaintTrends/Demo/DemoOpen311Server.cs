using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Dashboard.Plugins.ComplaintTrends.Open311;

namespace Dashboard.Plugins.ComplaintTrends.Demo;

/// <summary>
/// A simulated CitySDK-style Open311 server answering <c>requests.json</c> queries at the collector's "now": each
/// request shows its state at that moment (open until its closing, with Helsinki-style
/// <c>extended_attributes.tasks</c> for the handling notes when extensions are asked for), sorted newest first and
/// paged with <c>page</c>/<c>page_size</c>. Like Helsinki's server it sends coordinates as text and 0 for an unknown
/// place, and empty strings for fields it does not fill.
/// </summary>
internal sealed class DemoOpen311Server(string collectorId, TimeZoneInfo zone, DateTimeOffset now) : IOpen311Server
{
    /// <summary>The base URL the demo's requests name, so that problems read like those of a real server.</summary>
    public const string BaseUrl = "https://demo.invalid/open311/v2/";

    private readonly DemoComplaintGenerator _generator = new(collectorId, zone);

    /// <inheritdoc />
    public string Describe(Open311Request request) => $"demo Open311 server of collector {collectorId}, GET {request.DisplayUrl}";

    /// <inheritdoc />
    public Task<ReadOnlyMemory<byte>> GetAsync(Open311Request request, CancellationToken cancellationToken)
    {
        var to = request.To < now ? request.To : now;
        var arrivedFrom = request.Query == Open311Query.Updated ? request.From - DemoComplaintGenerator.MaxLifetime : request.From;
        var matching = _generator.ArrivedBetween(arrivedFrom, to.AddTicks(1))
            .Where(complaint => request.Query == Open311Query.Requested
                || (complaint.Updated(now) >= request.From && complaint.Updated(now) <= to))
            .OrderByDescending(complaint => complaint.Requested)
            .ThenBy(complaint => complaint.Id, StringComparer.Ordinal)
            .ToList();
        var page = request.Page is { } number && request.PageSize is { } size
            ? matching.Skip((number - 1) * size).Take(size)
            : matching;

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var complaint in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Write(writer, complaint, request.Extensions);
            }

            writer.WriteEndArray();
        }

        return Task.FromResult<ReadOnlyMemory<byte>>(buffer.WrittenMemory.ToArray());
    }

    private void Write(Utf8JsonWriter writer, DemoComplaint complaint, bool extensions)
    {
        var closed = complaint.IsClosed(now);
        var handled = complaint.Handled(now).ToList();
        writer.WriteStartObject();
        writer.WriteString("service_request_id", complaint.Id);
        writer.WriteString("status", closed ? "closed" : "open");
        writer.WriteString("status_notes", closed ? "Thank you for your feedback. We have looked into the matter." : "");
        writer.WriteString("service_name", complaint.Category);
        writer.WriteString("service_code", complaint.ServiceCode);
        writer.WriteString("description", "");
        writer.WriteString("agency_responsible", complaint.Agency);
        writer.WriteString("service_notice", "");
        writer.WriteString("requested_datetime", Format(complaint.Requested));
        writer.WriteString("updated_datetime", Format(complaint.Updated(now)));
        writer.WriteNull("expected_datetime");
        writer.WriteString("address", "");
        if (complaint.Place is { } place)
        {
            writer.WriteString("lat", place.Latitude.ToString("0.000000", CultureInfo.InvariantCulture));
            writer.WriteString("long", place.Longitude.ToString("0.000000", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber("lat", 0);
            writer.WriteNumber("long", 0);
        }

        writer.WriteNull("media_url");
        if (extensions)
        {
            writer.WriteStartObject("extended_attributes");
            writer.WriteString("title", complaint.Category);
            writer.WriteString("detailed_status", closed ? "PROCESSED" : handled.Count > 0 ? "IN_PROCESS" : "RECEIVED");
            writer.WriteStartArray("tasks");
            foreach (var time in handled)
            {
                writer.WriteStartObject();
                writer.WriteString("task_state", "Käsittelyssä");
                writer.WriteString("task_type", "Vastaus asiakkaalle");
                writer.WriteString("owner_name", complaint.Agency);
                writer.WriteString("task_created", Format(time));
                writer.WriteString("task_modified", Format(time));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
