using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>The queue_log file form pushed as text/plain: <c>epoch|callid|queue|agent|EVENT|params</c> (Asterisk doc/queuelog.txt).</summary>
public sealed class QueueLogTextTests
{
    // 1772436600 is Monday 2 March 2026 07:30:00 UTC (09:30 in Helsinki). Parameters as Asterisk 1.4+ writes them:
    // ENTERQUEUE(url|callerid), RINGNOANSWER(ringtime in ms), CONNECT(holdtime|bridgedchanneluniqueid|ringtime),
    // COMPLETECALLER(holdtime|calltime|origposition).
    private const string AnsweredCall = """
        1772436600|1772436600.101|support|NONE|ENTERQUEUE||0401234567
        1772436625|1772436600.101|support|PJSIP/1001|RINGNOANSWER|15000
        1772436645|1772436600.101|support|PJSIP/1002|CONNECT|45|1772436640.102|5
        1772436825|1772436600.101|support|PJSIP/1002|COMPLETECALLER|45|180|1
        """;

    [Fact]
    public async Task ReceiveAsync_AnsweredCall_OneRecordTimedByItsEvents()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);

        var batch = await harness.ReceiveAsync(settings, "text/plain", AnsweredCall);

        Assert.Empty(batch.Problems);
        var call = harness.Record("call:1772436600.101:support");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772436600), call.Start);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772436645), call.GetTime("answered"));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772436825), call.End);
        Assert.Equal(("call", "support", "answered", "PJSIP/1002"), (call.GetString("kind"), call.GetString("queue"), call.GetString("outcome"), call.GetString("agent")));
        Assert.Contains(harness.Logger.Entries, entry => entry.Message.Contains("unused events RINGNOANSWER x1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReceiveAsync_CrlfAndBlankLines_SameRecordsAsPlainLines()
    {
        var plain = QueueTimesKit.Harness();
        var windows = QueueTimesKit.Harness();
        await plain.ReceiveAsync(plain.BindSettings(QueueTimesKit.PushSettings), "text/plain", AnsweredCall);

        var batch = await windows.ReceiveAsync(
            windows.BindSettings(QueueTimesKit.PushSettings), "text/plain", "\r\n" + AnsweredCall.Replace("\n", "\r\n\r\n", StringComparison.Ordinal) + "\r\n");

        Assert.Empty(batch.Problems);
        Assert.Equal(plain.Snapshot(), windows.Snapshot());
    }

    [Fact]
    public async Task ReceiveAsync_UnknownEvents_CountedNotRefused()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/plain", AnsweredCall + """

            1772436700|1772436600.101|support|NONE|WRAPUPSTART|30
            1772436701|NONE|support|NONE|WRAPUPSTART
            1772436702|NONE|NONE|NONE|QUEUESTART
            """);

        Assert.Empty(batch.Problems);
        Assert.Single(harness.Records);
        Assert.Contains(harness.Logger.Entries, entry => entry.Message.Contains("unknown events WRAPUPSTART x2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReceiveAsync_OldAndNewParameterPositions_SameRecords()
    {
        // Asterisk 1.2 wrote CONNECT(holdtime) and EXITWITHKEY(key|position); 1.4 and later add the bridged channel and
        // ring time, and origposition and waittime. The waits come from the timestamps, so both give the same records.
        const string Old = """
            1772436600|1.1|support|NONE|ENTERQUEUE|
            1772436630|1.1|support|PJSIP/1001|CONNECT|30
            1772436900|1.1|support|PJSIP/1001|COMPLETEAGENT|30|270
            1772436600|1.2|support|NONE|ENTERQUEUE||anonymous
            1772436660|1.2|support|NONE|EXITWITHKEY|5|2
            """;
        const string New = """
            1772436600|1.1|support|NONE|ENTERQUEUE||0401234567|1
            1772436630|1.1|support|PJSIP/1001|CONNECT|30|1772436625.9|5
            1772436900|1.1|support|PJSIP/1001|COMPLETEAGENT|30|270|1
            1772436600|1.2|support|NONE|ENTERQUEUE||anonymous|2
            1772436660|1.2|support|NONE|EXITWITHKEY|5|2|2|60
            """;
        var oldHarness = QueueTimesKit.Harness();
        var newHarness = QueueTimesKit.Harness();

        await oldHarness.ReceiveAsync(oldHarness.BindSettings(QueueTimesKit.PushSettings), "text/plain", Old);
        await newHarness.ReceiveAsync(newHarness.BindSettings(QueueTimesKit.PushSettings), "text/plain", New);

        Assert.Equal(oldHarness.Snapshot(), newHarness.Snapshot());
        Assert.Equal("abandoned", oldHarness.Record("call:1.2:support").GetString("outcome"));
    }

    [Fact]
    public async Task ReceiveAsync_BadLines_SkippedWithLineAndField()
    {
        var harness = QueueTimesKit.Harness();

        var batch = await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/plain", """
            1772436600|1.1|support|NONE|ENTERQUEUE||x
            not a queue_log line
            09:30|1.2|support|NONE|ENTERQUEUE||x
            1772436600|NONE|support|NONE|ENTERQUEUE||x
            1772436600|1.3|NONE|NONE|CONNECT|1
            1772436600|1.4|support|NONE||1
            """);

        Assert.Single(harness.Records);
        Assert.Equal(
            [(2, null), (3, "time"), (4, "callid"), (5, "queue"), (6, "event")],
            batch.Problems.Select(problem => (problem.Line!.Value, problem.Field)));
        Assert.All(batch.Problems, problem => Assert.Equal("test request", problem.Source));
        Assert.Equal("Expected at least 5 fields separated by '|' (time|callid|queue|agent|event); found 1.", batch.Problems[0].Message);
        Assert.Equal("'09:30' is not a time; expected Unix seconds such as 1772434800.", batch.Problems[1].Message);
    }

    [Fact]
    public async Task ReceiveAsync_EventsOutOfOrderOrTwice_SameRecordAsInOrder()
    {
        var inOrder = QueueTimesKit.Harness();
        var shuffled = QueueTimesKit.Harness();
        await inOrder.ReceiveAsync(inOrder.BindSettings(QueueTimesKit.PushSettings), "text/plain", AnsweredCall);

        var lines = AnsweredCall.Split('\n');
        var settings = shuffled.BindSettings(QueueTimesKit.PushSettings);
        await shuffled.ReceiveAsync(settings, "text/plain", string.Join('\n', lines.Reverse()));
        await shuffled.ReceiveAsync(settings, "text/plain", lines[0]);
        await shuffled.ReceiveAsync(settings, "text/plain", AnsweredCall);

        Assert.Equal(inOrder.Snapshot(), shuffled.Snapshot());
    }

    [Fact]
    public async Task ReceiveAsync_CallThroughTwoQueues_OneRecordPerQueue()
    {
        var harness = QueueTimesKit.Harness();

        await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/plain", """
            1772436600|1.1|sales|NONE|ENTERQUEUE||x
            1772436660|1.1|sales|NONE|EXITWITHTIMEOUT|1|1|60
            1772436661|1.1|support|NONE|ENTERQUEUE||x
            1772436700|1.1|support|PJSIP/1001|CONNECT|39|1.9|3
            """);

        Assert.Equal("exited", harness.Record("call:1.1:sales").GetString("outcome"));
        Assert.Equal("answered", harness.Record("call:1.1:support").GetString("outcome"));
    }

    [Fact]
    public async Task ReceiveAsync_MemberEvents_KeepTheMembersLatestSession()
    {
        var harness = QueueTimesKit.Harness();

        await harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "text/plain", """
            1772434800|NONE|support|PJSIP/1001|ADDMEMBER|
            1772436000|NONE|support|PJSIP/1001|PAUSE|lunch
            1772436600|NONE|support|PJSIP/1001|UNPAUSE|
            1772440000|NONE|support|PJSIP/1001|REMOVEMEMBER|
            1772434800|NONE|NONE|Agent/1002|AGENTLOGIN|PJSIP/1002
            """);

        var member = Assert.Single(harness.Records);
        Assert.Equal("member:support:PJSIP/1001", member.Id);
        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(1772434800), DateTimeOffset.FromUnixTimeSeconds(1772440000)), (member.Start!.Value, member.End!.Value));
        Assert.Null(member.GetTime("pausedSince"));
    }

    [Fact]
    public async Task ReceiveAsync_UnsupportedContentType_RefusedNamingTheTypes()
    {
        var harness = QueueTimesKit.Harness();

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            harness.ReceiveAsync(harness.BindSettings(QueueTimesKit.PushSettings), "application/xml", "<x/>"));

        Assert.Equal("test request", refused.Problem.Source);
        Assert.Equal("Content type 'application/xml' is not read; send application/json, application/x-ndjson, text/csv, text/plain.", refused.Problem.Message);
        Assert.Empty(harness.Records);
        Assert.Equal(["application/json", "application/x-ndjson", "text/csv", "text/plain"], new QueueTimesPlugin().AcceptedContentTypes);
    }
}
