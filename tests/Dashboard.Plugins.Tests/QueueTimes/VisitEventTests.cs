using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>Visit events of a queue-management system, in the shape of Qmatic Orchestra's public events, as JSON, NDJSON and CSV.</summary>
public sealed class VisitEventTests
{
    // Qmatic's events carry eventName, eventTime and a parameters object: branchName is the dashboard's service point,
    // servicePointName a counter. Times with offsets in both spellings (+02:00 and +0200).
    private const string QmaticEvents = """
        [
          { "eventName": "SERVICE_POINT_OPEN", "eventTime": "2026-03-02T08:00:00.000+02:00",
            "parameters": { "branchId": 1, "branchName": "City hall", "servicePointId": 3, "servicePointName": "Counter 1" } },
          { "eventName": "VISIT_CREATE", "eventTime": "2026-03-02T09:00:00.000+0200",
            "parameters": { "visitId": 1001, "ticket": "A001", "branchId": 1, "branchName": "City hall", "queueName": "Passports", "serviceName": "Passport" } },
          { "eventName": "VISIT_CALL", "eventTime": "2026-03-02T09:12:00.000+02:00",
            "parameters": { "visitId": 1001, "branchId": 1, "branchName": "City hall", "servicePointName": "Counter 1", "waitingTime": 720 } },
          { "eventName": "VISIT_END", "eventTime": "2026-03-02T09:20:00.000+02:00", "parameters": { "visitId": 1001, "branchId": 1 } }
        ]
        """;

    private static readonly DateTimeOffset Nine = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task ReceiveAsync_QmaticEvents_VisitAndCounterRecords()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/json", QmaticEvents);

        Assert.Empty(batch.Problems);
        var visit = harness.Record("visit:1001");
        Assert.Equal((Nine, Nine, Nine.AddMinutes(12), Nine.AddMinutes(20)), (visit.Start!.Value, visit.GetTime("waitingSince")!.Value, visit.GetTime("called")!.Value, visit.End!.Value));
        Assert.Equal(("City hall", "served", "A001", "Counter 1"), (visit.GetString("servicePoint"), visit.GetString("outcome"), visit.GetString("ticket"), visit.GetString("position")));
        var counter = harness.Record("counter:City hall:Counter 1");
        Assert.Equal((Nine.AddHours(-1), (DateTimeOffset?)null), (counter.Start!.Value, counter.End));
    }

    [Fact]
    public async Task ReceiveAsync_FlatObjectWithOtherNamesAndLocalTime_ReadInTheCollectorsTimeZone()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/json",
            """{ "Event": "ticket issued", "time": "2026-03-02 09:00:00", "visit_id": "L-7", "Branch": "Library" }""");

        Assert.Empty(batch.Problems);
        var visit = harness.Record("visit:L-7");
        Assert.Equal((Nine, "Library", "waiting"), (visit.Start!.Value, visit.GetString("servicePoint"), visit.GetString("outcome")));
    }

    [Fact]
    public async Task ReceiveAsync_TransferredBackToAQueue_WaitsAgainFromTheTransfer()
    {
        var harness = QueueTimesKit.Harness();

        await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/x-ndjson", """
            {"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00+02:00","visitId":5,"branchName":"City hall"}
            {"eventName":"VISIT_CALL","eventTime":"2026-03-02T09:10:00+02:00","visitId":5,"servicePointName":"Counter 1"}
            {"eventName":"VISIT_TRANSFER_TO_QUEUE","eventTime":"2026-03-02T09:20:00+02:00","visitId":5,"queueName":"Permits"}
            {"eventName":"VISIT_CALL","eventTime":"2026-03-02T09:35:00+02:00","visitId":5,"servicePointName":"Counter 2"}
            """);

        var visit = harness.Record("visit:5");
        Assert.Equal((Nine.AddMinutes(20), Nine.AddMinutes(35), true), (visit.GetTime("waitingSince")!.Value, visit.GetTime("called")!.Value, visit.GetBool("transferred")!.Value));
    }

    [Fact]
    public async Task ReceiveAsync_NdjsonWithBadLines_SkipsThemByLine()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/x-ndjson", """
            {"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00+02:00","visitId":1,"branchName":"Library"}

            {"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00+02:00","visitId":2
            {"eventName":"VISIT_CREATE","eventTime":"at nine","visitId":3,"branchName":"Library"}
            {"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00+02:00","branchName":"Library"}
            {"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00+02:00","visitId":4}
            {"eventName":"VISIT_CONFIRM","eventTime":"2026-03-02T09:00:00+02:00","visitId":1}
            {"eventName":"COFFEE_BREAK","eventTime":"2026-03-02T09:00:00+02:00"}
            [1, 2]
            """);

        Assert.Equal([(3, null), (4, "eventTime"), (5, "visitId"), (6, "branchName"), (9, null)], batch.Problems.Select(problem => (problem.Line!.Value, problem.Field)));
        Assert.Single(harness.Records);
        Assert.Contains(harness.Logger.Entries, entry => entry.Message.Contains("unused events VISIT_CONFIRM x1, unknown events COFFEE_BREAK x1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReceiveAsync_ArrayWithBadItems_SkipsThemByIndex()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/json", """
            [ {"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00+02:00","visitId":1,"branchName":"Library"}, 42,
              {"eventTime":"2026-03-02T09:00:00+02:00","visitId":2} ]
            """);

        Assert.Equal([(1, (string?)null), (2, "eventName")], batch.Problems.Select(problem => (problem.Index!.Value, problem.Field)));
    }

    [Fact]
    public async Task ReceiveAsync_BrokenJson_RefusedWholeWithItsLine()
    {
        var harness = QueueTimesKit.Harness();

        var refused = await Assert.ThrowsAsync<InputException>(() => harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/json",
            "[\n{\"eventName\":\"VISIT_CREATE\",\"eventTime\":\"2026-03-02T09:00:00+02:00\",\"visitId\":1,\"branchName\":\"Library\"},\n{\"eventName\": }\n]"));

        Assert.Equal(3, refused.Problem.Line);
        Assert.StartsWith("The body is not valid JSON", refused.Problem.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Records);
    }

    [Fact]
    public async Task ReceiveAsync_CsvWithOtherOrderExtraColumnsAndSemicolons_ReadByHeader()
    {
        var fromCsv = QueueTimesKit.Harness();
        var fromJson = QueueTimesKit.Harness();

        var batch = await fromCsv.ReceiveAsync(fromCsv.BindSettings(QueueTimesKit.PushSettings), "text/csv", """
            Branch Name;Visit ID;Event Name;Operator;Event Time;Ticket;Service Name;Queue Name;Service Point Name
            City hall;;SERVICE_POINT_OPEN;anna;2026-03-02T08:00:00+02:00;;;;Counter 1
            City hall;1001;VISIT_CREATE;;2026-03-02 09:00:00;A001;Passport;Passports;
            City hall;1001;VISIT_CALL;anna;2026-03-02 09:12:00;;;;Counter 1
            ;1001;VISIT_END;anna;2026-03-02 09:20:00;;;;
            """);
        await fromJson.ReceiveAsync(fromJson.BindSettings(QueueTimesKit.PushSettings), "application/json", QmaticEvents);

        Assert.Empty(batch.Problems);
        Assert.Equal(fromJson.Snapshot(), fromCsv.Snapshot());
    }

    [Fact]
    public async Task ReceiveAsync_CsvWithoutVisitIdColumn_RefusedNamingWhatIsMissing()
    {
        var harness = QueueTimesKit.Harness();

        var refused = await Assert.ThrowsAsync<InputException>(() => harness.ReceiveAsync(
            harness.BindSettings(QueueTimesKit.PushSettings), "text/csv", "eventName,eventTime,branchName\nVISIT_CREATE,2026-03-02 09:00,Library\n"));

        Assert.Equal((1, "visitId"), (refused.Problem.Line, refused.Problem.Field));
        Assert.Equal(
            "The header has no column for visitId; it has: eventName, eventTime, branchName. See docs/plugins/queue-times.md for the names read.",
            refused.Problem.Message);
    }
}
