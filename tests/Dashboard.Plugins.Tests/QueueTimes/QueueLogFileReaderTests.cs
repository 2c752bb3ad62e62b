using System.Text.Json;
using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>Reading the queue_log file and its CSV export incrementally from the checkpoint.</summary>
public sealed class QueueLogFileReaderTests : IDisposable
{
    private readonly string _folder = QueueTimesKit.TempFolder();
    private readonly string _path;
    private readonly RecordPluginHarness<QueueTimesPlugin> _harness = QueueTimesKit.Harness();
    private readonly object _settings;

    public QueueLogFileReaderTests()
    {
        _path = Path.Combine(_folder, "queue_log");
        _settings = _harness.BindSettings(JsonSerializer.Serialize(new { source = "queueLogFile", path = _path }));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_FileGrowsBetweenRuns_EachLineReadOnce()
    {
        File.WriteAllText(_path, "1772436600|1.1|support|NONE|ENTERQUEUE||x\n1772436600|1.2|support|NONE|ENTERQUEUE||x\n");
        var first = await _harness.ReadAsync(_settings);
        File.AppendAllText(_path, "1772436630|1.1|support|PJSIP/1001|CONNECT|30|1.9|2\nnonsense\n");
        var second = await _harness.ReadAsync(_settings);
        var third = await _harness.ReadAsync(_settings);

        Assert.Equal((2, 1, 0), (first.Updates.Count, second.Updates.Count, third.Updates.Count));
        Assert.Equal(4, Assert.Single(second.Problems).Line);
        Assert.Equal(_path, second.Problems[0].Source);
        Assert.Equal("answered", _harness.Record("call:1.1:support").GetString("outcome"));
    }

    [Fact]
    public async Task ReadAsync_HalfWrittenLastLine_WaitsForItsLineBreak()
    {
        File.WriteAllText(_path, "1772436600|1.1|support|NONE|ENTERQUEUE||x\n1772436630|1.1|supp");
        var first = await _harness.ReadAsync(_settings);
        File.AppendAllText(_path, "ort|PJSIP/1001|CONNECT|30|1.9|2\n");
        var second = await _harness.ReadAsync(_settings);

        Assert.Equal((1, 1), (first.Updates.Count, second.Updates.Count));
        Assert.Empty(first.Problems);
        Assert.Empty(second.Problems);
        Assert.Equal("support", _harness.Record("call:1.1:support").GetString("queue"));
    }

    [Fact]
    public async Task ReadAsync_FileTruncated_StartsOverFromItsBeginning()
    {
        File.WriteAllText(_path, "1772436600|1.1|support|NONE|ENTERQUEUE||x\n1772436600|1.2|support|NONE|ENTERQUEUE||x\n");
        await _harness.ReadAsync(_settings);
        File.WriteAllText(_path, "1772440000|2.1|sales|NONE|ENTERQUEUE||x\n");

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal("call:2.1:sales", Assert.Single(batch.Updates).RecordId);
    }

    [Fact]
    public async Task ReadAsync_FileRewrittenLongerWithOtherContent_StartsOver()
    {
        File.WriteAllText(_path, "1772436600|1.1|support|NONE|ENTERQUEUE||x\n");
        await _harness.ReadAsync(_settings);
        File.WriteAllText(_path, "1772440000|2.1|sales|NONE|ENTERQUEUE||x\n1772440001|2.2|sales|NONE|ENTERQUEUE||x\n");

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal(["call:2.1:sales", "call:2.2:sales"], batch.Updates.Select(update => update.RecordId));
    }

    [Fact]
    public async Task ReadAsync_FileRotated_ReadsTheRestOfTheOldFileThenTheNewOne()
    {
        File.WriteAllText(_path, "1772436600|1.1|support|NONE|ENTERQUEUE||x\n");
        await _harness.ReadAsync(_settings);
        File.AppendAllText(_path, "1772436630|1.1|support|PJSIP/1001|CONNECT|30|1.9|2\n");
        File.Move(_path, _path + ".1");
        File.WriteAllText(_path, "1772436700|1.1|support|PJSIP/1001|COMPLETECALLER|30|70|1\n");

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal(2, batch.Updates.Count);
        var call = _harness.Record("call:1.1:support");
        Assert.Equal(("answered", DateTimeOffset.FromUnixTimeSeconds(1772436700)), (call.GetString("outcome"), call.End!.Value));
    }

    [Fact]
    public async Task ReadAsync_SameFileReadAgainFromScratch_SameRecordsAndFigures()
    {
        File.WriteAllText(_path, string.Join('\n', QueueTimesKit.Staffed(QueueTimesKit.MondayTen.AddHours(-2)),
            "1772436600|1.1|support|NONE|ENTERQUEUE||x", "1772436630|1.1|support|PJSIP/1001|CONNECT|30|1.9|2", ""));
        var window = QueueTimesKit.Window(QueueTimesKit.MondayTen.AddHours(-3), QueueTimesKit.MondayTen);
        await _harness.ReadAsync(_settings);
        var records = _harness.Snapshot();
        var figures = _harness.Compute(_settings, window);

        _harness.Checkpoint = "not a checkpoint of ours";
        await _harness.ReadAsync(_settings);

        Assert.Equal(records, _harness.Snapshot());
        Assert.Equal(figures, _harness.Compute(_settings, window), FigureComparer.Instance);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_FailsNamingThePath()
    {
        var failure = await Assert.ThrowsAsync<IOException>(() => _harness.ReadAsync(_settings));

        Assert.StartsWith($"Cannot read the file '{_path}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CsvExportGrows_LaterRowsReadWithTheHeaderAndTheirOwnLines()
    {
        var csv = Path.Combine(_folder, "queue_log.csv");
        var settings = _harness.BindSettings(JsonSerializer.Serialize(new { source = "queueLogCsv", path = csv }));
        File.WriteAllText(csv, "time,callid,queuename,agent,event,data1\r\n2026-03-02 09:30:00,1.1,support,NONE,ENTERQUEUE,\r\n");
        await _harness.ReadAsync(settings);
        File.AppendAllText(csv, "2026-03-02 09:30:30,1.1,support,PJSIP/1001,CONNECT,30\r\nsoon,1.2,support,NONE,ENTERQUEUE,\r\n");

        var batch = await _harness.ReadAsync(settings);

        Assert.Equal("call:1.1:support", Assert.Single(batch.Updates).RecordId);
        Assert.Equal((4, "time"), (batch.Problems[0].Line, batch.Problems[0].Field));
    }
}
