using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>The database export of queue_log (columns time, callid, queuename, agent, event, data1..data5) pushed as text/csv.</summary>
public sealed class QueueLogCsvTests
{
    // The same call as 1772436600|...: 09:30:00 in Helsinki is 07:30:00 UTC, the export's times are local.
    private const string Export = """
        time,callid,queuename,agent,event,data1,data2,data3,data4,data5
        2026-03-02 09:30:00.000000,1772436600.101,support,NONE,ENTERQUEUE,,0401234567,,,
        2026-03-02 09:30:45.000000,1772436600.101,support,PJSIP/1002,CONNECT,45,1772436640.102,5,,
        2026-03-02 09:33:45.000000,1772436600.101,support,PJSIP/1002,COMPLETECALLER,45,180,1,,
        """;

    private const string Lines = """
        1772436600|1772436600.101|support|NONE|ENTERQUEUE||0401234567
        1772436645|1772436600.101|support|PJSIP/1002|CONNECT|45|1772436640.102|5
        1772436825|1772436600.101|support|PJSIP/1002|COMPLETECALLER|45|180|1
        """;

    [Fact]
    public async Task ReceiveAsync_DatabaseExport_SameRecordsAsTheFileForm()
    {
        var fromExport = QueueTimesKit.Harness();
        var fromFile = QueueTimesKit.Harness();

        var batch = await fromExport.ReceiveAsync(fromExport.BindSettings(QueueTimesKit.PushSettings), "text/csv", Export);
        await fromFile.ReceiveAsync(fromFile.BindSettings(QueueTimesKit.PushSettings), "text/plain", Lines);

        Assert.Empty(batch.Problems);
        Assert.Equal(fromFile.Snapshot(), fromExport.Snapshot());
    }

    [Fact]
    public async Task ReceiveAsync_RenamedAndExtraColumnsWithMapping_SameRecords()
    {
        const string Renamed = """
            id;event_time;uniqueid;queue;member;verb;payload;server
            7;1772436600;1772436600.101;support;NONE;ENTERQUEUE;|0401234567;pbx1
            8;2026-03-02T07:30:45Z;1772436600.101;support;PJSIP/1002;CONNECT;45|1772436640.102|5;pbx1
            9;2026-03-02T09:33:45+02:00;1772436600.101;support;PJSIP/1002;COMPLETECALLER;45|180|1;pbx1
            """;
        var renamed = QueueTimesKit.Harness();
        var standard = QueueTimesKit.Harness();
        var settings = renamed.BindSettings("""
            { "source": "push", "queueLogColumns": { "time": "event_time", "callId": "uniqueid", "queue": "queue", "agent": "member", "event": "verb" } }
            """);

        var batch = await renamed.ReceiveAsync(settings, "text/csv", Renamed);
        await standard.ReceiveAsync(standard.BindSettings(QueueTimesKit.PushSettings), "text/csv", Export);

        Assert.Empty(batch.Problems);
        Assert.Equal(standard.Snapshot(), renamed.Snapshot());
    }

    [Fact]
    public async Task ReceiveAsync_ExportWithoutQueueColumn_RefusedNamingTheSetting()
    {
        var harness = QueueTimesKit.Harness();

        var refused = await Assert.ThrowsAsync<InputException>(() => harness.ReceiveAsync(
            harness.BindSettings(QueueTimesKit.PushSettings), "text/csv", "time,callid,queue,agent,event\n2026-03-02 09:30:00,1.1,support,NONE,ENTERQUEUE\n"));

        Assert.Equal((1, "queuename"), (refused.Problem.Line, refused.Problem.Field));
        Assert.Equal("The header has no column 'queuename' (setting queueLogColumns.queue); it has: time, callid, queue, agent, event.", refused.Problem.Message);
        Assert.Empty(harness.Records);
    }

    [Fact]
    public async Task ReceiveAsync_UnsortedExportWithSameSecondEvents_OutcomeWinsOverTheEntry()
    {
        var harness = QueueTimesKit.Harness();

        // A SELECT without ORDER BY: each call's closing row comes before its entry, in the same second.
        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/csv", """
            time,callid,queuename,agent,event,data1,data2,data3
            2026-03-02 09:30:00,1.1,support,PJSIP/1002,CONNECT,0,2.1,3
            2026-03-02 09:30:00,1.1,support,NONE,ENTERQUEUE,,0401234567,
            2026-03-02 09:31:00,1.2,support,NONE,ABANDON,1,1,0
            2026-03-02 09:31:00,1.2,support,NONE,ENTERQUEUE,,0401234568,
            """);

        Assert.Empty(batch.Problems);
        var answered = harness.Record("call:1.1:support");
        var abandoned = harness.Record("call:1.2:support");
        // 09:30:00 and 09:31:00 local (UTC+2) are 07:30:00 and 07:31:00 UTC; a wait of 0 s each.
        var entered = new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);
        Assert.Equal(("answered", entered, entered), (answered.GetString("outcome"), answered.GetTime("answered"), answered.Start));
        Assert.Equal(("abandoned", entered.AddMinutes(1)), (abandoned.GetString("outcome"), abandoned.End));
    }

    [Fact]
    public async Task ReceiveAsync_ExportWrittenInUtc_TimesReadAsUtc()
    {
        var utc = QueueTimesKit.Harness();
        var local = QueueTimesKit.Harness();

        // queue_log_realtime_use_gmt = yes: the ENTERQUEUE of 09:30:00 Helsinki (UTC+2) is written as 07:30:00.
        await utc.ReceiveAsync(utc.BindSettings("""{ "source": "push", "queueLogTimesInUtc": true }"""), "text/csv", """
            time,callid,queuename,agent,event
            2026-03-02 07:30:00.000000,1772436600.101,support,NONE,ENTERQUEUE
            2026-03-02 07:30:45.000000,1772436600.101,support,PJSIP/1002,CONNECT
            2026-03-02 07:33:45.000000,1772436600.101,support,PJSIP/1002,COMPLETECALLER
            """);
        await local.ReceiveAsync(local.BindSettings(QueueTimesKit.PushSettings), "text/csv", Export);

        Assert.Equal(local.Snapshot(), utc.Snapshot());
    }

    [Fact]
    public async Task ReceiveAsync_LocalTimesAroundDaylightSavingChanges_ReadAsTheOtherPluginsDo()
    {
        var harness = QueueTimesKit.Harness();

        // Spring, 29 March 2026: 03:00 becomes 04:00, so 03:30 is read an hour later, 04:30 summer time (UTC+3) = 01:30 UTC.
        // Autumn, 25 October 2026: 04:00 becomes 03:00, so 03:30 happens twice; the first, summer time (UTC+3), = 00:30 UTC.
        await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/csv", """
            time,callid,queuename,agent,event
            2026-03-29 03:30:00,1.1,support,NONE,ENTERQUEUE
            2026-10-25 03:30:00,1.2,support,NONE,ENTERQUEUE
            """);

        Assert.Equal(
            (new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)),
            (harness.Record("call:1.1:support").Start, harness.Record("call:1.2:support").Start));
    }

    [Fact]
    public async Task ReceiveAsync_BadRows_SkippedWithTheirLines()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/csv", """
            time,callid,queuename,agent,event,data1
            2026-03-02 09:30:00,1.1,support,NONE,ENTERQUEUE,

            yesterday,1.2,support,NONE,ENTERQUEUE,
            2026-03-02 09:31:00,1.3,support,NONE,"ENTER"QUEUE,
            2026-03-02 09:32:00,1.4,support,NONE,FUTUREEVENT,
            """);

        Assert.Equal([(4, "time"), (5, null)], batch.Problems.Select(problem => (problem.Line!.Value, problem.Field)));
        Assert.Single(harness.Records);
    }
}
