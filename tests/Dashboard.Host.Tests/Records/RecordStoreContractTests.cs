using Dashboard.Host.Records;
using Dashboard.Sdk;

namespace Dashboard.Host.Tests.Records;

/// <summary>What every <see cref="IRecordStore"/> must do; each engine runs these through a subclass.</summary>
public abstract class RecordStoreContractTests : IDisposable
{
    protected const string Collector = "queues";
    protected static readonly DateTimeOffset Nine = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private IRecordStore? _store;

    protected IRecordStore Store => _store ??= Open();

    /// <summary>Opens the store on this test's storage, which outlives <see cref="Close"/>.</summary>
    protected abstract IRecordStore Open();

    /// <summary>Closes the store so that <see cref="Open"/> sees only what was made durable.</summary>
    protected abstract void Close();

    /// <summary>Closes the store and opens it again on the same storage.</summary>
    protected IRecordStore Reopen()
    {
        Close();
        _store = Open();
        return _store;
    }

    public virtual void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ApplyAsync_OneBatch_CountsNewUpdatedAndDuplicatePerUpdate()
    {
        var result = await Store.ApplyAsync(Collector, [Call("a", 0, start: Nine), Call("a", 5, end: Nine.AddMinutes(5)), Call("a", 5, end: Nine.AddMinutes(5)), Call("b", 1, start: Nine)], "10");

        // a is new, its end changes it, the same end again changes nothing; b is new.
        Assert.Equal(new RecordWriteResult(New: 2, Updated: 1, Duplicate: 1), result);
    }

    [Fact]
    public async Task ApplyAsync_SameBatchTwice_SecondIsAllDuplicatesAndRecordsStayTheSame()
    {
        RecordUpdate[] batch = [Call("a", 0, start: Nine), Call("a", 4, end: Nine.AddMinutes(4), value: 2.5), Call("b", 1, start: Nine.AddMinutes(1))];
        await Store.ApplyAsync(Collector, batch, null);
        var before = ReadAll();

        var again = await Store.ApplyAsync(Collector, batch, null);

        Assert.Equal(new RecordWriteResult(0, 0, 3), again);
        Assert.Equal(Describe(before), Describe(ReadAll()));
    }

    [Fact]
    public async Task ApplyAsync_EventsInAnyOrderOrBatching_GiveTheSameRecord()
    {
        RecordUpdate[] events = [Call("a", 0, start: Nine, value: 1), Call("a", 3, value: 2), Call("a", 7, end: Nine.AddMinutes(7), value: 3)];
        await Store.ApplyAsync(Collector, events, null);
        foreach (var update in events.Reverse())
        {
            await Store.ApplyAsync("reversed", [update], null);
        }

        await Store.ApplyAsync("shuffled", [events[1], events[2], events[0]], null);

        var expected = Describe(Store.ReadOverlapping(Collector, Nine, Nine.AddHours(1)));
        Assert.Equal(expected, Describe(Store.ReadOverlapping("reversed", Nine, Nine.AddHours(1))));
        Assert.Equal(expected, Describe(Store.ReadOverlapping("shuffled", Nine, Nine.AddHours(1))));
        var record = Assert.Single(Store.ReadOverlapping(Collector, Nine, Nine.AddHours(1)));
        Assert.Equal(3.0, record.GetNumber("value"));
        Assert.Equal(Nine.AddMinutes(7), record.End);
    }

    [Fact]
    public async Task ApplyAsync_OlderEventAfterANewerUnchangedValue_KeepsTheNewerValue()
    {
        await Store.ApplyAsync(Collector, [Call("a", 1, start: Nine, value: 1)], null);
        var unchanged = await Store.ApplyAsync(Collector, [Call("a", 20, value: 1)], null);

        // The value said at minute 20 is newer than the one said at minute 15, though it changed nothing when it came.
        await Store.ApplyAsync(Collector, [Call("a", 15, value: 2)], null);

        Assert.Equal(new RecordWriteResult(0, 0, 1), unchanged);
        Assert.Equal(1.0, Assert.Single(ReadAll()).GetNumber("value"));
    }

    [Fact]
    public async Task ApplyAsync_IdsDifferingOnlyInCaseOrIgnorableCharacters_AreSeparateRecords()
    {
        // Source ids such as base64 hashes are case-sensitive; a soft hyphen (U+00AD) is ignored by culture-aware comparison.
        string[] ids = ["abc", "ABC", "a\u00ADbc", "Ä", "ä"];

        var result = await Store.ApplyAsync(Collector, [.. ids.Select(id => Call(id, 0, start: Nine))], null);

        Assert.Equal(new RecordWriteResult(5, 0, 0), result);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ReadAll().Select(record => record.Id).Order(StringComparer.Ordinal));
        Assert.Empty(Store.ReadOverlapping("QUEUES", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task ApplyAsync_IdsBeforeAndAfterTheLargestStored_UpdatesStoredRecordsAndAddsTheRest()
    {
        // Ordinally "ä" (U+00E4) sorts after "z", so it is the largest stored id; a culture-aware order would say "z".
        await Store.ApplyAsync(Collector, [Call("b", 0, start: Nine), Call("z", 0, start: Nine), Call("ä", 0, start: Nine)], null);
        await Store.ApplyAsync("queues}", [Call("zz", 0, start: Nine)], null);

        var result = await Store.ApplyAsync(Collector,
        [
            Call("a", 1, start: Nine), Call("b", 1, end: Nine.AddMinutes(1)), Call("z", 1, end: Nine.AddMinutes(1)),
            Call("ä", 0, start: Nine), Call("ö", 1, start: Nine), Call("ö", 2, end: Nine.AddMinutes(2)),
        ], null);

        // New: a (before the largest, never stored) and ö (after it); updated: b and z (stored, before the largest) and
        // ö (added earlier in the batch); duplicate: ä.
        Assert.Equal(new RecordWriteResult(New: 2, Updated: 3, Duplicate: 1), result);
        Assert.Equal(["a", "b", "z", "ä", "ö"], ReadAll().Select(record => record.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Nine.AddMinutes(1), ReadAll().Single(record => record.Id == "z").End);
    }

    [Fact]
    public async Task ApplyAsync_EveryValueKind_ComesBackExactly()
    {
        var helsinkiTime = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        var fields = new Dictionary<string, object?>
        {
            [RecordRules.StartField] = helsinkiTime,
            ["whole"] = 3L,
            ["small_int"] = 7,
            ["largest"] = long.MaxValue,
            ["decimal"] = 3.0,
            ["tenth"] = 0.1,
            ["text"] = "3",
            ["unicode"] = "Jätkäsaari ☕ \"q\"|\\",
            ["flag"] = false,
            ["nothing"] = null,
        };
        await Store.ApplyAsync(Collector, [new RecordUpdate { RecordId = "kinds", AsOf = helsinkiTime, Fields = fields }], null);

        var record = Assert.Single(Reopen().ReadOverlapping(Collector, DateTimeOffset.MinValue, DateTimeOffset.MaxValue));

        var start = Assert.IsType<DateTimeOffset>(record.Fields[RecordRules.StartField]);
        Assert.Equal(helsinkiTime.UtcTicks, start.UtcTicks);
        Assert.Equal(TimeSpan.Zero, start.Offset);
        Assert.Equal(start, record.Start);
        Assert.Equal(3L, Assert.IsType<long>(record.Fields["whole"]));
        Assert.Equal(7L, Assert.IsType<long>(record.Fields["small_int"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(record.Fields["largest"]));
        Assert.Equal(3.0, Assert.IsType<double>(record.Fields["decimal"]));
        Assert.Equal(0.1, Assert.IsType<double>(record.Fields["tenth"]));
        Assert.Equal("3", Assert.IsType<string>(record.Fields["text"]));
        Assert.Equal("Jätkäsaari ☕ \"q\"|\\", record.Fields["unicode"]);
        Assert.False(Assert.IsType<bool>(record.Fields["flag"]));
        Assert.True(record.Fields.ContainsKey("nothing"));
        Assert.Null(record.Fields["nothing"]);
        Assert.Null(record.End);
    }

    [Fact]
    public async Task ReadOverlapping_Window_ReturnsEveryRecordThatOverlapsItAndNoOther()
    {
        var from = Nine;
        var to = Nine.AddHours(1);
        await Store.ApplyAsync(Collector,
        [
            Call("ended-before", 0, start: from.AddHours(-2), end: from.AddTicks(-1)),
            Call("ended-at-from", 0, start: from.AddHours(-2), end: from),
            Call("inside", 0, start: from.AddMinutes(10), end: from.AddMinutes(20)),
            Call("spans-window", 0, start: from.AddHours(-1), end: to.AddHours(1)),
            Call("open-for-days", 0, start: from.AddDays(-3)),
            Call("open-inside", 0, start: from.AddMinutes(50)),
            Call("starts-at-to", 0, start: to),
            Call("no-start", 0, end: from.AddMinutes(5)),
        ], null);
        await Store.ApplyAsync("other", [Call("inside", 0, start: from.AddMinutes(10))], null);

        var ids = Store.ReadOverlapping(Collector, from, to).Select(record => record.Id).Order(StringComparer.Ordinal);

        // Overlaps: started before 'to' and not ended before 'from'; an end exactly at 'from' still overlaps.
        Assert.Equal(["ended-at-from", "inside", "open-for-days", "open-inside", "spans-window"], ids);
    }

    [Fact]
    public async Task ReadOverlapping_RecordThatEndsLater_MovesOutOfTheOpenOnes()
    {
        await Store.ApplyAsync(Collector, [Call("a", 0, start: Nine)], null);
        await Store.ApplyAsync(Collector, [Call("a", 30, end: Nine.AddMinutes(30))], null);

        Assert.Empty(Store.ReadOverlapping(Collector, Nine.AddHours(1), Nine.AddHours(2)));
        Assert.Single(Store.ReadOverlapping(Collector, Nine.AddMinutes(30), Nine.AddHours(2)));
    }

    [Fact]
    public async Task ApplyAsync_UpdateBreakingTheRules_StoresNoneOfTheBatchNorItsCheckpoint()
    {
        await Store.ApplyAsync(Collector, [Call("a", 0, start: Nine)], "100");
        var broken = new RecordUpdate { RecordId = "c", AsOf = Nine, Fields = new Dictionary<string, object?> { [RecordRules.EndField] = "yesterday" } };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ApplyAsync(Collector, [Call("b", 0, start: Nine), Call("a", 5, end: Nine.AddMinutes(5)), broken], "200"));

        Assert.Equal("100", Store.GetCheckpoint(Collector));
        var record = Assert.Single(ReadAll());
        Assert.Equal("a", record.Id);
        Assert.Null(record.End);
    }

    [Fact]
    public async Task GetCheckpoint_AfterWrites_IsTheLastOneGivenAndNullKeepsIt()
    {
        Assert.Null(Store.GetCheckpoint(Collector));

        await Store.ApplyAsync(Collector, [Call("a", 0, start: Nine)], "offset:120");
        await Store.ApplyAsync(Collector, [], "offset:180");
        await Store.ApplyAsync(Collector, [Call("b", 0, start: Nine)], null);

        Assert.Equal("offset:180", Store.GetCheckpoint(Collector));
        Assert.Null(Store.GetCheckpoint("other"));
    }

    [Fact]
    public async Task Open_AfterClose_KeepsRecordsAndCheckpoints()
    {
        await Store.ApplyAsync(Collector, [Call("a", 0, start: Nine), Call("b", 2, start: Nine, end: Nine.AddMinutes(2), value: 4)], "42");
        var before = Describe(ReadAll());

        var reopened = Reopen();

        Assert.Equal(before, Describe(reopened.ReadOverlapping(Collector, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)));
        Assert.Equal("42", reopened.GetCheckpoint(Collector));
        Assert.Equal(new RecordWriteResult(0, 0, 1), await reopened.ApplyAsync(Collector, [Call("a", 0, start: Nine)], null));
    }

    [Fact]
    public async Task PruneAsync_InBatches_RemovesOnlyRecordsThatEndedOrStartedBeforeTheCut()
    {
        var cut = Nine;
        await Store.ApplyAsync(Collector,
        [
            Call("ended-long-ago", 0, start: cut.AddDays(-10), end: cut.AddDays(-9)),
            Call("started-long-ago-never-ended", 0, start: cut.AddDays(-8)),
            Call("ended-just-before", 0, start: cut.AddDays(-2), end: cut.AddTicks(-1)),
            Call("started-long-ago-ended-after", 0, start: cut.AddDays(-30), end: cut.AddMinutes(1)),
            Call("ended-at-cut", 0, start: cut.AddHours(-1), end: cut),
            Call("open-since-cut", 0, start: cut),
            Call("timeless-said-before", -60, value: 1),
            Call("timeless-said-at-cut", 0, value: 1),
        ], "7");
        await Store.ApplyAsync("other", [Call("old", 0, start: cut.AddDays(-5), end: cut.AddDays(-5))], null);

        // Four records end (or start, never ending) before the cut and one without times was last said before it:
        // batches of three take three, then two, then none.
        Assert.Equal(3, await Store.PruneAsync(cut, 3));
        Assert.Equal(2, await Store.PruneAsync(cut, 3));
        Assert.Equal(0, await Store.PruneAsync(cut, 3));

        Assert.Equal(["ended-at-cut", "open-since-cut", "started-long-ago-ended-after"], ReadAll().Select(record => record.Id).Order(StringComparer.Ordinal));
        Assert.Empty(Store.ReadOverlapping("other", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Equal("7", Store.GetCheckpoint(Collector));
    }

    [Fact]
    public async Task PruneAsync_CollectorIdsSharingAPrefix_PrunesEveryCollector()
    {
        string[] collectors = ["a", "a|b", @"a\", "a}", "b"];
        foreach (var collector in collectors)
        {
            await Store.ApplyAsync(collector, [Call("old", 0, start: Nine.AddDays(-3), end: Nine.AddDays(-2)), Call("open", 0, start: Nine.AddDays(-1)), Call("new", 0, start: Nine)], null);
        }

        // Per collector the ended and the open record start before the cut: two each, ten in all.
        Assert.Equal(10, await Store.PruneAsync(Nine, 100));

        Assert.All(collectors, collector => Assert.Equal("new", Assert.Single(Store.ReadOverlapping(collector, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Id));
    }

    [Fact]
    public async Task DeleteCollectorAsync_CollectorIdsSharingAPrefix_DeletesOnlyThatCollector()
    {
        // Ids chosen so that naive "collector|record" keys would collide: "a" + "b|x" and "a|b" + "x".
        await Store.ApplyAsync("a", [Call("b|x", 0, start: Nine)], "a-checkpoint");
        await Store.ApplyAsync("a|b", [Call("x", 0, start: Nine)], "ab-checkpoint");
        await Store.ApplyAsync(@"a\", [Call("y", 0, start: Nine)], null);

        await Store.DeleteCollectorAsync("a");

        Assert.Empty(Store.ReadOverlapping("a", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Null(Store.GetCheckpoint("a"));
        Assert.Equal("x", Assert.Single(Store.ReadOverlapping("a|b", DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Id);
        Assert.Equal("y", Assert.Single(Store.ReadOverlapping(@"a\", DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Id);
        Assert.Equal("ab-checkpoint", Store.GetCheckpoint("a|b"));
    }

    /// <summary>An update of call <paramref name="id"/> said <paramref name="minute"/> minutes after nine; only the given fields are set.</summary>
    protected static RecordUpdate Call(string id, int minute, DateTimeOffset? start = null, DateTimeOffset? end = null, double? value = null)
    {
        var fields = new Dictionary<string, object?>();
        if (start is { } startTime)
        {
            fields[RecordRules.StartField] = startTime;
        }

        if (end is { } endTime)
        {
            fields[RecordRules.EndField] = endTime;
        }

        if (value is { } number)
        {
            fields["value"] = number;
        }

        return new RecordUpdate { RecordId = id, AsOf = Nine.AddMinutes(minute), Fields = fields };
    }

    private IReadOnlyList<SourceRecord> ReadAll() => Store.ReadOverlapping(Collector, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    private static IEnumerable<string> Describe(IEnumerable<SourceRecord> records) =>
        records.OrderBy(record => record.Id, StringComparer.Ordinal).Select(record =>
            record.Id + ": " + string.Join(", ", record.Fields.OrderBy(field => field.Key, StringComparer.Ordinal).Select(field => $"{field.Key}={field.Value} ({field.Value?.GetType().Name})")));
}
