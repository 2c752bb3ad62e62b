using System.Text.Json;
using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintTrendsPluginTests
{
    private const string Csv = """
        id,received,first reply,closed,category,channel,service point
        C-1,2026-03-02 08:00,2026-03-02 08:40,,Waiting times,phone,Central library
        C-2,2026-02-20 10:00,2026-02-23 10:00,2026-03-02 08:30,Premises,web form,Swimming hall
        C-3,2026-02-23 09:00,,,Premises,letter,
        """;

    private const string Open311Json = """
        [{"service_request_id":"R-1","status":"closed","service_name":"Parks","agency_responsible":"Street maintenance",
          "requested_datetime":"2026-02-27T10:00:00+02:00","updated_datetime":"2026-03-02T08:15:00+02:00","lat":"60.17","long":"24.94"},
         {"service_request_id":"R-2","status":"open","service_name":"Parks","requested_datetime":"2026-03-02T07:30:00+02:00"}]
        """;

    private readonly RecordPluginHarness<ComplaintTrendsPlugin> _harness = new();

    [Fact]
    public void Plugin_Created_DeclaresItsMetricsContentTypesAndHistory()
    {
        Assert.Equal(
            ["new_complaints_per_day", "open_complaints", "median_reaction_hours", "median_resolution_days", "answered_within_promise_pct", "new_complaints_change_pct", "complaints_by_category"],
            _harness.Plugin.Metrics.Select(metric => metric.Key));
        Assert.Equal(["text/csv", "application/json"], _harness.Plugin.AcceptedContentTypes);
        Assert.Equal(TimeSpan.FromDays(8), ((IFigureCalculator)_harness.Plugin).HistoryNeeded);
    }

    [Fact]
    public async Task ReceiveAsync_Csv_StoresOneRecordPerComplaintWithItsFields()
    {
        await _harness.ReceiveAsync(_harness.BindSettings("{}"), "text/csv", Csv);

        var record = _harness.Records.Single(record => record.Id == "C-2");
        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 2, 20), 10), record.Start);
        Assert.Equal(LocalClock.MondayAt(8, 30), record.End);
        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 2, 23), 10), record.GetTime("firstReply"));
        Assert.Equal(("closed", "Premises", "web form", "Swimming hall"),
            (record.GetString("status"), record.GetString("category"), record.GetString("channel"), record.GetString("servicePoint")));
    }

    [Fact]
    public async Task ReceiveAsync_Open311Json_StoresOneRecordPerServiceRequest()
    {
        await _harness.ReceiveAsync(_harness.BindSettings("{}"), "application/json", Open311Json);

        var record = _harness.Records.Single(record => record.Id == "R-1");
        Assert.Equal((LocalClock.MondayAt(8, 15), "Parks", "Street maintenance", 60.17),
            (record.End!.Value, record.GetString("category"), record.GetString("servicePoint"), record.GetNumber("lat")!.Value));
        Assert.Null(_harness.Records.Single(record => record.Id == "R-2").End);
    }

    [Theory]
    [InlineData("text/csv", Csv)]
    [InlineData("application/json", Open311Json)]
    public async Task ReceiveAsync_SameInputTwice_LeavesRecordsAndFiguresUnchanged(string contentType, string body)
    {
        var settings = _harness.BindSettings("{}");
        await _harness.ReceiveAsync(settings, contentType, body);
        var records = Snapshot(_harness.Records);
        var figures = JsonSerializer.Serialize(_harness.Compute(settings, _harness.Today(_harness.TimeZone)));

        await _harness.ReceiveAsync(settings, contentType, body);

        Assert.Equal(records, Snapshot(_harness.Records));
        Assert.Equal(figures, JsonSerializer.Serialize(_harness.Compute(settings, _harness.Today(_harness.TimeZone))));
    }

    [Fact]
    public async Task ReceiveAsync_ReopenedThenAnOlderStateAgain_TheNewestStateWins()
    {
        var settings = _harness.BindSettings("{}");
        const string closed = """[{"service_request_id":"R","status":"closed","requested_datetime":"2026-02-27T10:00:00+02:00","updated_datetime":"2026-03-01T10:00:00+02:00"}]""";
        const string reopened = """[{"service_request_id":"R","status":"open","requested_datetime":"2026-02-27T10:00:00+02:00","updated_datetime":"2026-03-02T08:00:00+02:00"}]""";

        await _harness.ReceiveAsync(settings, "application/json", closed);
        await _harness.ReceiveAsync(settings, "application/json", reopened);
        await _harness.ReceiveAsync(settings, "application/json", closed);

        var record = Assert.Single(_harness.Records);
        Assert.Null(record.End);
        Assert.Equal("open", record.GetString("status"));
    }

    [Fact]
    public async Task ReceiveAsync_OtherContentType_RefusesTheBodyNamingTheRequest()
    {
        var exception = await Assert.ThrowsAsync<InputException>(
            () => _harness.ReceiveAsync(_harness.BindSettings("{}"), "application/x-ndjson", "{}"));

        Assert.Equal("test request", exception.Problem.Source);
        Assert.Contains("'application/x-ndjson' is not read", exception.Problem.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Records);
    }

    private static string Snapshot(IEnumerable<SourceRecord> records) =>
        JsonSerializer.Serialize(records.OrderBy(record => record.Id, StringComparer.Ordinal)
            .Select(record => new { record.Id, Fields = record.Fields.OrderBy(field => field.Key, StringComparer.Ordinal) }));
}
