using System.Text.Json;
using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>Reading a folder of visit CSV files incrementally, file by file.</summary>
public sealed class VisitsFolderReaderTests : IDisposable
{
    private const string Header = "eventName,eventTime,visitId,branchName,servicePointName\n";
    private readonly string _folder = QueueTimesKit.TempFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_FilesGrowAndAppear_OnlyNewRowsRead()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(JsonSerializer.Serialize(new { source = "visitsCsvFolder", folder = _folder }));
        File.WriteAllText(Path.Combine(_folder, "a.csv"), Header + "VISIT_CREATE,2026-03-02 09:00,1,Library,\n");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not read");
        var first = await harness.ReadAsync(settings);

        File.AppendAllText(Path.Combine(_folder, "a.csv"), "VISIT_CALL,2026-03-02 09:05,1,,Desk 1\n");
        File.WriteAllText(Path.Combine(_folder, "b.csv"), Header + "VISIT_CREATE,2026-03-02 09:01,2,Library,\nVISIT_CREATE,never,3,Library,\n");
        var second = await harness.ReadAsync(settings);
        var third = await harness.ReadAsync(settings);

        Assert.Equal((1, 2, 0), (first.Updates.Count, second.Updates.Count, third.Updates.Count));
        var problem = Assert.Single(second.Problems);
        Assert.Equal((Path.Combine(_folder, "b.csv"), 3, "eventTime"), (problem.Source, problem.Line!.Value, problem.Field));
        Assert.Equal("called", harness.Record("visit:1").GetString("outcome"));
    }

    [Fact]
    public async Task ReadAsync_MissingFolder_FailsNamingIt()
    {
        var harness = QueueTimesKit.Harness();
        var missing = Path.Combine(_folder, "gone");
        var settings = harness.BindSettings(JsonSerializer.Serialize(new { source = "visitsCsvFolder", folder = missing }));

        var failure = await Assert.ThrowsAsync<IOException>(() => harness.ReadAsync(settings));

        Assert.StartsWith($"Cannot read the visits folder '{missing}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnectionAsync_FolderAndFile_SayWhatWasFound()
    {
        File.WriteAllText(Path.Combine(_folder, "a.csv"), Header);
        var plugin = new QueueTimesPlugin();
        var harness = QueueTimesKit.Harness();
        var folder = harness.BindSettings(JsonSerializer.Serialize(new { source = "visitsCsvFolder", folder = _folder }));
        var file = harness.BindSettings(JsonSerializer.Serialize(new { source = "queueLogFile", path = Path.Combine(_folder, "queue_log") }));

        var found = await plugin.TestConnectionAsync(new CollectContext("c", folder, harness.Time, harness.Logger), CancellationToken.None);
        var missing = await plugin.TestConnectionAsync(new CollectContext("c", file, harness.Time, harness.Logger), CancellationToken.None);

        Assert.Equal((true, $"Listed '{_folder}': 1 files match *.csv."), (found.Succeeded, found.Message));
        Assert.False(missing.Succeeded);
        Assert.Contains("queue_log", missing.Message, StringComparison.Ordinal);
    }
}
