using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Tests.Metrics;

public sealed class MetricStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private DashboardDatabase _database;
    private MetricStore _store;

    public MetricStoreTests()
    {
        _database = new DashboardDatabase(_folder.File("metrics.db"));
        _store = new MetricStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task StoreAsync_SameBatchTwice_KeepsOneSamplePerTimestamp()
    {
        var batch = new[] { Sample("q.wait", Noon, 12), Sample("q.wait", Noon.AddMinutes(1), 14) };

        await _store.StoreAsync(batch);
        await _store.StoreAsync(batch);

        var samples = _store.GetSamples("q.wait", Noon.AddHours(-1), Noon.AddHours(1));
        Assert.Equal([12.0, 14.0], samples.Select(sample => sample.Value));
    }

    [Fact]
    public async Task StoreAsync_RetryWithNewValue_ReplacesTheValue()
    {
        await _store.StoreAsync([Sample("q.wait", Noon, 12)]);
        await _store.StoreAsync([Sample("q.wait", Noon, 13)]);

        var sample = Assert.Single(_store.GetSamples("q.wait", Noon, Noon));
        Assert.Equal(13, sample.Value);
    }

    [Fact]
    public async Task StoreAsync_OlderSample_DoesNotReplaceLastValue()
    {
        await _store.StoreAsync([Sample("q.wait", Noon, 12)]);

        var newest = await _store.StoreAsync([Sample("q.wait", Noon.AddMinutes(-5), 40)]);

        Assert.Empty(newest);
        Assert.Equal(12, _store.GetLastValue("q.wait")!.Value);
        Assert.Equal(2, _store.GetSamples("q.wait", Noon.AddHours(-1), Noon).Count);
    }

    [Fact]
    public async Task GetSamples_Range_ReturnsOnlyThatSeriesInsideTheRangeInTimeOrder()
    {
        var library = new Dictionary<string, string> { ["servicePoint"] = "Library" };
        await _store.StoreAsync(
        [
            Sample("q.wait", Noon.AddMinutes(2), 3),
            Sample("q.wait", Noon, 1),
            Sample("q.wait", Noon.AddMinutes(1), 2),
            Sample("q.wait", Noon.AddMinutes(10), 99),
            Sample("q.wait", Noon.AddMinutes(1), 50, library),
            Sample("q.waiting", Noon.AddMinutes(1), 77),
        ]);

        var overall = _store.GetSamples("q.wait", Noon, Noon.AddMinutes(5));
        var perLibrary = _store.GetSamples(SeriesKey.For("q.wait", library), Noon, Noon.AddMinutes(5));

        Assert.Equal([1.0, 2.0, 3.0], overall.Select(sample => sample.Value));
        Assert.Equal(Noon.AddMinutes(1), overall[1].Timestamp);
        Assert.Equal(50, Assert.Single(perLibrary).Value);
    }

    [Fact]
    public async Task GetRecent_MoreSamplesThanAsked_ReturnsTheNewestOldestFirst()
    {
        await _store.StoreAsync(Enumerable.Range(0, 10).Select(minute => Sample("q.wait", Noon.AddMinutes(minute), minute)).ToList());

        var recent = _store.GetRecent("q.wait", Noon.AddHours(-1), 3);

        Assert.Equal([7.0, 8.0, 9.0], recent.Select(sample => sample.Value));
    }

    [Fact]
    public async Task StoreAsync_ManyConcurrentWriters_FileStaysHealthyAndComplete()
    {
        const int writers = 8;
        const int batchesPerWriter = 40;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var batch = 0; batch < batchesPerWriter; batch++)
            {
                var at = Noon.AddSeconds(batch);
                await _store.StoreAsync([Sample($"c{writer}.a", at, batch), Sample($"c{writer}.b", at, -batch)]);
            }
        })));

        _database.Dispose();
        _database = new DashboardDatabase(_folder.File("metrics.db"));
        _store = new MetricStore(_database);
        for (var writer = 0; writer < writers; writer++)
        {
            Assert.Equal(batchesPerWriter, _store.GetSamples($"c{writer}.a", Noon, Noon.AddHours(1)).Count);
            Assert.Equal(-(batchesPerWriter - 1), _store.GetLastValue($"c{writer}.b")!.Value);
        }
    }

    [Fact]
    public async Task StoreAsync_WriteThrows_KeepsNothingOfTheBatch()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _database.WriteAsync(db =>
        {
            db.GetCollection<StoredSample>(CollectionNames.Samples).Insert(new StoredSample { Id = "x|1", SeriesKey = "x" });
            throw new InvalidOperationException("disk full");
        }));

        Assert.Empty(_store.GetSamples("x", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task StoreAsync_FigureStates_KeepStateAndBasisInSamplesAndLastValue()
    {
        await _store.StoreAsync(
        [
            Sample("q.nps", Noon, 40) with { Basis = 50 },
            new QualifiedSample("q", "q.nps", Noon.AddMinutes(1), null, new Dictionary<string, string>()) { State = FigureState.TooFewData, Basis = 3 },
        ]);

        var samples = _store.GetSamples("q.nps", Noon, Noon.AddHours(1));
        var last = _store.GetLastValue("q.nps")!;

        Assert.Equal([new SamplePoint(Noon, 40, FigureState.Value, 50), new SamplePoint(Noon.AddMinutes(1), null, FigureState.TooFewData, 3)], samples);
        Assert.Equal((FigureState.TooFewData, 3, (double?)null), (last.State, last.Basis, last.Value));
    }

    [Fact]
    public async Task GetSamples_DocumentWrittenBeforeFigureStates_ReadsAsAValue()
    {
        await _database.WriteAsync(db => db.GetCollection(CollectionNames.Samples).Insert(new BsonDocument
        {
            ["_id"] = SeriesKey.SampleId("q.wait", Noon),
            ["SeriesKey"] = "q.wait",
            ["MetricKey"] = "q.wait",
            ["CollectorId"] = "q",
            ["Dimensions"] = new BsonDocument(),
            ["UtcTicks"] = Noon.UtcTicks,
            ["Value"] = 12.5,
        }));

        var sample = Assert.Single(_store.GetSamples("q.wait", Noon, Noon));

        Assert.Equal(new SamplePoint(Noon, 12.5, FigureState.Value, null), sample);
    }

    private static QualifiedSample Sample(string key, DateTimeOffset at, double value, Dictionary<string, string>? dimensions = null) =>
        new(MetricKeys.CollectorOf(key), key, at, value, dimensions ?? []);
}
