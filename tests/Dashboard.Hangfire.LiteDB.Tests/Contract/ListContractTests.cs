using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Lists: newest item first, duplicates kept, trimmed by index range.</summary>
public abstract class ListContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void InsertToList_SeveralValues_NewestFirstWithDuplicates()
    {
        Commit(t =>
        {
            t.InsertToList("list", "1");
            t.InsertToList("list", "2");
            t.InsertToList("list", "1");
            t.InsertToList("other", "x");
        });

        Assert.Equal(["1", "2", "1"], ExtendedConnection.GetAllItemsFromList("list"));
        Assert.Equal(3, ExtendedConnection.GetListCount("list"));
    }

    [Fact]
    public void InsertToList_SeparateCommits_NewestFirst()
    {
        Commit(t => t.InsertToList("list", "old"));
        Commit(t => t.InsertToList("list", "new"));

        Assert.Equal(["new", "old"], ExtendedConnection.GetAllItemsFromList("list"));
    }

    [Fact]
    public void GetRangeFromList_IndexesInclusive_ReturnsThatSlice()
    {
        Commit(t =>
        {
            for (var i = 0; i < 6; i++)
            {
                t.InsertToList("list", $"v{i}");
            }
        });

        Assert.Equal(["v4", "v3", "v2"], ExtendedConnection.GetRangeFromList("list", 1, 3));
        Assert.Equal(["v0"], ExtendedConnection.GetRangeFromList("list", 5, 20));
    }

    [Fact]
    public void RemoveFromList_ValuePresentTwice_RemovesEveryOccurrence()
    {
        Commit(t =>
        {
            t.InsertToList("list", "a");
            t.InsertToList("list", "b");
            t.InsertToList("list", "a");
        });
        Commit(t => t.RemoveFromList("list", "a"));

        Assert.Equal(["b"], ExtendedConnection.GetAllItemsFromList("list"));
    }

    [Fact]
    public void TrimList_KeepRange_KeepsOnlyThoseIndexes()
    {
        Commit(t =>
        {
            for (var i = 0; i < 6; i++)
            {
                t.InsertToList("list", $"v{i}");
            }
        });
        Commit(t => t.TrimList("list", 1, 2));

        Assert.Equal(["v4", "v3"], ExtendedConnection.GetAllItemsFromList("list"));
    }

    [Fact]
    public void TrimList_InSameTransactionAsInsert_SeesTheInsertedItems()
    {
        Commit(t => t.InsertToList("list", "old"));
        Commit(t =>
        {
            t.InsertToList("list", "new");
            t.TrimList("list", 0, 0);
        });

        Assert.Equal(["new"], ExtendedConnection.GetAllItemsFromList("list"));
    }

    [Fact]
    public void GetAllItemsFromList_MissingKey_ReturnsEmpty()
    {
        Assert.Empty(ExtendedConnection.GetAllItemsFromList("missing"));
        Assert.Empty(ExtendedConnection.GetRangeFromList("missing", 0, 5));
        Assert.Equal(0, ExtendedConnection.GetListCount("missing"));
    }
}
