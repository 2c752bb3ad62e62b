using System.Text.Json;
using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackPushTests
{
    private const string Csv = "feedbackId,localTime,buttonIndex,experiencePointName,ui\n"
        + "a,2026-03-02T10:15:00,3,Library,physical\nb,2026-03-02T10:16:00,0,Library,physical\n";

    private const string Json = """
        [{"feedbackId":"a","localTime":"2026-03-02T10:15:00","buttonIndex":3,"experiencePointName":"Library","ui":"physical"},
         {"feedbackId":"b","localTime":"2026-03-02T10:16:00","buttonIndex":0,"experiencePointName":"Library","ui":"physical"}]
        """;

    private const string Ndjson = """
        {"feedbackId":"a","localTime":"2026-03-02T10:15:00","buttonIndex":3,"experiencePointName":"Library","ui":"physical"}
        {"feedbackId":"b","localTime":"2026-03-02T10:16:00","buttonIndex":0,"experiencePointName":"Library","ui":"physical"}
        """;

    [Theory]
    [InlineData("text/csv", Csv)]
    [InlineData("application/json", Json)]
    [InlineData("application/x-ndjson", Ndjson)]
    public async Task ReceiveAsync_SamePushTwice_LeavesTheSameRecordsAndFigures(string contentType, string body)
    {
        var harness = new RecordPluginHarness<FeedbackPlugin>(startTime: Local(2026, 3, 2, 12)) { TimeZone = Helsinki };
        var settings = harness.BindSettings("""{ "minimumAnswers": 1 }""");

        await harness.ReceiveAsync(settings, contentType, body);
        var records = Snapshot(harness.Records);
        var figures = JsonSerializer.Serialize(harness.Compute(settings, harness.Today(Helsinki)));
        await harness.ReceiveAsync(settings, contentType, body);

        Assert.Equal(2, harness.Records.Count);
        Assert.Equal(records, Snapshot(harness.Records));
        Assert.Equal(figures, JsonSerializer.Serialize(harness.Compute(settings, harness.Today(Helsinki))));
    }

    [Fact]
    public async Task ReceiveAsync_TheThreeFormats_GiveTheSameRecords()
    {
        var stored = new List<string>();
        foreach (var (contentType, body) in new[] { ("text/csv", Csv), ("application/json", Json), ("application/x-ndjson", Ndjson) })
        {
            var harness = new RecordPluginHarness<FeedbackPlugin>(startTime: Local(2026, 3, 2, 12)) { TimeZone = Helsinki };
            await harness.ReceiveAsync(harness.BindSettings("{}"), contentType, body);
            stored.Add(Snapshot(harness.Records));
        }

        Assert.Single(stored.Distinct());
    }

    [Fact]
    public async Task ReceiveAsync_LaterMisuseFlag_UpdatesTheSameRecord()
    {
        var harness = new RecordPluginHarness<FeedbackPlugin>(startTime: Local(2026, 3, 2, 12)) { TimeZone = Helsinki };
        var settings = harness.BindSettings("{}");

        await harness.ReceiveAsync(settings, "application/x-ndjson", """{"feedbackId":"a","localTime":"2026-03-02T10:15:00","buttonIndex":0}""");
        await harness.ReceiveAsync(settings, "application/x-ndjson", """{"feedbackId":"a","localTime":"2026-03-02T10:15:00","buttonIndex":0,"misuse":true}""");

        Assert.Equal(true, Assert.Single(harness.Records).GetBool("misuse"));
    }

    [Fact]
    public async Task ReceiveAsync_OtherContentType_IsRefusedNamingTheAcceptedOnes()
    {
        var harness = new RecordPluginHarness<FeedbackPlugin>();

        var exception = await Assert.ThrowsAsync<InputException>(() => harness.ReceiveAsync(harness.BindSettings("{}"), "application/xml", "<a/>"));

        Assert.Equal("test request", exception.Problem.Source);
        Assert.Contains("application/x-ndjson", exception.Problem.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Records);
    }

    [Fact]
    public void AcceptedContentTypes_AreJsonNdjsonAndCsv()
    {
        Assert.Equal(["application/json", "application/x-ndjson", "text/csv"], new FeedbackPlugin().AcceptedContentTypes);
    }

    private static string Snapshot(IReadOnlyList<SourceRecord> records) =>
        JsonSerializer.Serialize(records.OrderBy(record => record.Id, StringComparer.Ordinal).Select(record => new { record.Id, record.Fields }));
}
