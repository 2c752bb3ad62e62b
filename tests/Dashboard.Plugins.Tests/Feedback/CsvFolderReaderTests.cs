using System.Text.Json;
using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class CsvFolderReaderTests : IDisposable
{
    private const string Header = "feedbackId,localTime,buttonIndex,experiencePointName\n";
    private static readonly TimeSpan Fresh = TimeSpan.Zero;
    private static readonly TimeSpan Settled = TimeSpan.FromMinutes(5);

    private readonly TempFolder _folder = new();
    private readonly RecordPluginHarness<FeedbackPlugin> _harness = new(startTime: Local(2026, 3, 2, 12)) { TimeZone = Helsinki };
    private readonly object _settings;

    public CsvFolderReaderTests()
    {
        _settings = _harness.BindSettings(JsonSerializer.Serialize(new { source = "csvFolder", folder = _folder.Path }));
    }

    private DateTimeOffset Now => _harness.Time.GetUtcNow();

    [Fact]
    public async Task ReadAsync_AppendedFile_ReadsOnlyTheNewLines()
    {
        _folder.Write("day.csv", Header + Line("a", 3) + Line("b", 2), Now, Fresh);
        var first = await _harness.ReadAsync(_settings);
        _folder.Append("day.csv", Line("c", 1), Now, Fresh);

        var second = await _harness.ReadAsync(_settings);

        Assert.Equal(["a", "b"], first.Updates.Select(update => update.RecordId));
        Assert.Equal(["c"], second.Updates.Select(update => update.RecordId));
        Assert.Equal(3, _harness.Records.Count);
    }

    [Fact]
    public async Task ReadAsync_SameCheckpointAgain_ReadsTheSameAndStoresNothingNew()
    {
        _folder.Write("day.csv", Header + Line("a", 3) + Line("b", 2), Now, Fresh);
        await _harness.ReadAsync(_settings);
        var stored = Snapshot();
        var unchanged = await _harness.ReadAsync(_settings);

        // A failed run leaves the checkpoint where it was: reading from the old one again gives the same answers.
        _harness.Checkpoint = null;
        var reread = await _harness.ReadAsync(_settings);

        Assert.Empty(unchanged.Updates);
        Assert.Equal(["a", "b"], reread.Updates.Select(update => update.RecordId));
        Assert.Equal(stored, Snapshot());
    }

    [Fact]
    public async Task ReadAsync_HalfWrittenLastLine_IsLeftUntilItIsComplete()
    {
        _folder.Write("day.csv", Header + Line("a", 3) + "b,2026-03-02T10:1", Now, Fresh);
        var first = await _harness.ReadAsync(_settings);
        _folder.Append("day.csv", "6:00,2,Library\n", Now, Fresh);

        var second = await _harness.ReadAsync(_settings);

        Assert.Equal(["a"], first.Updates.Select(update => update.RecordId));
        Assert.Empty(first.Problems);
        var completed = Assert.Single(second.Updates);
        Assert.Equal("b", completed.RecordId);
        Assert.Equal(2L, completed.Fields["answer"]);
    }

    [Fact]
    public async Task ReadAsync_UnterminatedLastLineOfASettledFile_IsRead()
    {
        _folder.Write("export.csv", Header + Line("a", 3) + "b,2026-03-02T10:16:00,2,Library", Now, Settled);

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal(["a", "b"], batch.Updates.Select(update => update.RecordId));
    }

    [Fact]
    public async Task ReadAsync_QuotedLineBreakAtTheEnd_IsNotCutInHalf()
    {
        _folder.Write("day.csv", Header + Line("a", 3) + "b,2026-03-02T10:16:00,2,\"Library\n", Now, Fresh);
        var first = await _harness.ReadAsync(_settings);
        _folder.Append("day.csv", "2nd floor\"\n", Now, Fresh);

        var second = await _harness.ReadAsync(_settings);

        Assert.Equal(["a"], first.Updates.Select(update => update.RecordId));
        Assert.Equal("Library\n2nd floor", Assert.Single(second.Updates).Fields["servicePoint"]);
    }

    [Fact]
    public async Task ReadAsync_RotatedFile_IsReadFromItsStart()
    {
        _folder.Write("current.csv", Header + Line("a", 3) + Line("b", 2), Now, Fresh);
        await _harness.ReadAsync(_settings);
        // Rotation: the old file moves away and a new one of the same name starts, longer than the old one was read.
        File.Move(_folder.File("current.csv"), _folder.File("old.txt"));
        _folder.Write("current.csv", Header + Line("x", 0) + Line("y", 1) + Line("z", 2), Now, Fresh);

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal(["x", "y", "z"], batch.Updates.Select(update => update.RecordId));
        Assert.Equal(5, _harness.Records.Count);
    }

    [Fact]
    public async Task ReadAsync_TruncatedFile_IsReadFromItsStart()
    {
        _folder.Write("current.csv", Header + Line("a", 3) + Line("b", 2), Now, Fresh);
        await _harness.ReadAsync(_settings);
        _folder.Write("current.csv", Header + Line("c", 1), Now, Fresh);

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal(["c"], batch.Updates.Select(update => update.RecordId));
    }

    [Fact]
    public async Task ReadAsync_NewFile_IsReadBesideTheOldOnes()
    {
        _folder.Write("2026-03-01.csv", Header + Line("a", 3), Now, Fresh);
        await _harness.ReadAsync(_settings);
        _folder.Write("2026-03-02.csv", Header + Line("b", 2), Now, Fresh);
        _folder.Write("notes.txt", "not feedback", Now, Fresh);

        var batch = await _harness.ReadAsync(_settings);

        Assert.Equal(["b"], batch.Updates.Select(update => update.RecordId));
    }

    [Fact]
    public async Task ReadAsync_BadLineInAnAppend_NamesTheFilesOwnLine()
    {
        _folder.Write("day.csv", Header + Line("a", 3) + Line("b", 2), Now, Fresh);
        await _harness.ReadAsync(_settings);
        _folder.Append("day.csv", Line("c", 1) + Line("d", 7), Now, Fresh);

        var batch = await _harness.ReadAsync(_settings);

        var problem = Assert.Single(batch.Problems);
        Assert.Equal(_folder.File("day.csv"), problem.Source);
        // Header is line 1, a and b lines 2-3, c line 4, d line 5.
        Assert.Equal(5, problem.Line);
        Assert.Equal("buttonIndex", problem.Field);
    }

    [Fact]
    public async Task ReadAsync_FileWithoutARequiredColumn_IsReportedAndReadAgainLater()
    {
        _folder.Write("odd.csv", "feedbackId,buttonIndex\na,3\n", Now, Fresh);
        _folder.Write("good.csv", Header + Line("b", 2), Now, Fresh);

        var first = await _harness.ReadAsync(_settings);
        var second = await _harness.ReadAsync(_settings);

        Assert.Equal(["b"], first.Updates.Select(update => update.RecordId));
        Assert.Equal("localTime", Assert.Single(first.Problems).Field);
        Assert.Single(second.Problems);
    }

    [Fact]
    public async Task ReadAsync_MissingFolder_FailsNamingTheFolder()
    {
        var settings = _harness.BindSettings(JsonSerializer.Serialize(new { source = "csvFolder", folder = _folder.File("nowhere") }));

        var exception = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _harness.ReadAsync(settings));

        Assert.Contains(_folder.File("nowhere"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnectionAsync_Folder_SaysWhetherItCanBeRead()
    {
        _folder.Write("day.csv", Header, Now, Fresh);
        var plugin = new FeedbackPlugin();
        var missing = _harness.BindSettings(JsonSerializer.Serialize(new { source = "csvFolder", folder = _folder.File("nowhere") }));

        var good = await plugin.TestConnectionAsync(new CollectContext("c", _settings, _harness.Time, _harness.Logger), CancellationToken.None);
        var bad = await plugin.TestConnectionAsync(new CollectContext("c", missing, _harness.Time, _harness.Logger), CancellationToken.None);

        Assert.True(good.Succeeded, good.Message);
        Assert.Contains("1 file(s)", good.Message, StringComparison.Ordinal);
        Assert.False(bad.Succeeded);
        Assert.Contains("does not exist", bad.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static string Line(string id, int button) => $"{id},2026-03-02T10:15:00,{button},Library\n";

    private string Snapshot() => JsonSerializer.Serialize(_harness.Records.OrderBy(record => record.Id).Select(record => record.Fields));
}
