using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class CsvFolderReaderTests : IDisposable
{
    private const string Header = "id,received,first reply,closed,category\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("complaints-").FullName;
    private readonly RecordPluginHarness<ComplaintTrendsPlugin> _harness = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_FileGrows_ReadsOnlyTheNewWholeLines()
    {
        var settings = Settings();
        var file = Path.Combine(_folder, "complaints.csv");
        await File.WriteAllTextAsync(file, Header + "C-1,2026-03-02 09:00,,,Premises\n");
        var first = await _harness.ReadAsync(settings);

        // The export is being written: the last line has no line break yet.
        await File.AppendAllTextAsync(file, "C-2,2026-03-02 10:00,,,Premises\nC-3,2026-03-02 11");
        var second = await _harness.ReadAsync(settings);
        await File.AppendAllTextAsync(file, ":00,,,Premises\nC-1,2026-03-02 09:00,2026-03-02 12:00,,Premises\n");
        var third = await _harness.ReadAsync(settings);
        var fourth = await _harness.ReadAsync(settings);

        Assert.Equal(["C-1"], first.Updates.Select(update => update.RecordId));
        Assert.Equal(["C-2"], second.Updates.Select(update => update.RecordId));
        Assert.Equal(["C-3", "C-1"], third.Updates.Select(update => update.RecordId));
        Assert.Empty(fourth.Updates);
        Assert.Equal(3, _harness.Records.Count);
        Assert.NotNull(_harness.Records.Single(record => record.Id == "C-1").Fields["firstReply"]);
    }

    [Fact]
    public async Task ReadAsync_SeveralFiles_ReadsThoseMatchingThePatternInNameOrder()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.csv"), Header + "B-1,2026-03-02 09:00,,,Premises\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.csv"), Header + "A-1,2026-03-02 09:00,,,Premises\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "not an export\n");

        var batch = await _harness.ReadAsync(Settings());

        Assert.Equal(["A-1", "B-1"], batch.Updates.Select(update => update.RecordId));
        // Bytes read per file: the header (39 characters and a line break) and one row (31 and a line break) = 72.
        Assert.Equal("""{"a.csv":72,"b.csv":72}""", _harness.Checkpoint);
    }

    [Fact]
    public async Task ReadAsync_FileReplacedByAShorterOne_ReadsItFromTheStart()
    {
        var file = Path.Combine(_folder, "complaints.csv");
        await File.WriteAllTextAsync(file, Header + "C-1,2026-03-02 09:00,,,Premises\nC-2,2026-03-02 10:00,,,Premises\n");
        await _harness.ReadAsync(Settings());

        await File.WriteAllTextAsync(file, Header + "C-9,2026-03-03 09:00,,,Premises\n");
        var batch = await _harness.ReadAsync(Settings());

        Assert.Equal(["C-9"], batch.Updates.Select(update => update.RecordId));
    }

    [Fact]
    public async Task ReadAsync_FileWithoutTheRequiredColumns_IsReportedAndReadOnceTheColumnsAreSet()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "cases.csv"), "case,opened\nK-1,2026-03-02 09:00\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.csv"), Header + "C-1,2026-03-02 09:00,,,Premises\n");

        var refused = await _harness.ReadAsync(Settings());
        var renamed = await _harness.ReadAsync(_harness.BindSettings(
            $$"""{ "source": "csvFolder", "csvFolder": {{System.Text.Json.JsonSerializer.Serialize(_folder)}}, "csvColumns": { "id": "case", "received": "opened" } }"""));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((Path.Combine(_folder, "cases.csv"), 1, "id"), (problem.Source, problem.Line, problem.Field));
        Assert.Equal(["C-1"], refused.Updates.Select(update => update.RecordId));
        Assert.Equal(["K-1"], renamed.Updates.Select(update => update.RecordId));
    }

    [Fact]
    public async Task ReadAsync_FolderMissing_FailsNamingIt()
    {
        var missing = Path.Combine(_folder, "missing");

        var exception = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _harness.ReadAsync(Settings(missing)));

        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnectionAsync_Folder_SaysHowManyFilesMatch()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.csv"), Header);
        var context = new Dashboard.Sdk.CollectContext("c", Settings(), _harness.Time, _harness.Logger);

        var found = await _harness.Plugin.TestConnectionAsync(context, CancellationToken.None);
        var missing = await _harness.Plugin.TestConnectionAsync(context with { Settings = Settings(Path.Combine(_folder, "x")) }, CancellationToken.None);

        Assert.Equal((true, $"Found 1 files matching *.csv in {_folder}."), (found.Succeeded, found.Message));
        Assert.False(missing.Succeeded);
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
    }

    private object Settings(string? folder = null) =>
        _harness.BindSettings($$"""{ "source": "csvFolder", "csvFolder": {{System.Text.Json.JsonSerializer.Serialize(folder ?? _folder)}} }""");
}
