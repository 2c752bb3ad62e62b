using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Sorted sets: values unique per key, ordered by score.</summary>
public abstract class SetContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void AddToSet_SeveralValues_AllReturnedOnce()
    {
        Commit(t =>
        {
            t.AddToSet("set", "a");
            t.AddToSet("set", "b");
            t.AddToSet("set", "a");
            t.AddToSet("other", "c");
        });

        Assert.Equal(["a", "b"], Connection.GetAllItemsFromSet("set").Order());
        Assert.Equal(2, ExtendedConnection.GetSetCount("set"));
    }

    [Fact]
    public void AddToSet_SameValueNewScore_UpdatesScoreWithoutDuplicate()
    {
        Commit(t =>
        {
            t.AddToSet("set", "a", 1);
            t.AddToSet("set", "b", 2);
        });
        Commit(t => t.AddToSet("set", "a", 3));

        Assert.Equal(2, ExtendedConnection.GetSetCount("set"));
        Assert.Equal("b", Connection.GetFirstByLowestScoreFromSet("set", 0, 10));
    }

    [Fact]
    public void GetAllItemsFromSet_MissingKey_ReturnsEmpty()
    {
        Assert.Empty(Connection.GetAllItemsFromSet("missing"));
        Assert.Equal(0, ExtendedConnection.GetSetCount("missing"));
        Assert.Empty(ExtendedConnection.GetRangeFromSet("missing", 0, 10));
        Assert.Null(Connection.GetFirstByLowestScoreFromSet("missing", 0, 10));
    }

    [Fact]
    public void GetFirstByLowestScoreFromSet_ScoresInAndOutOfRange_ReturnsLowestInRange()
    {
        Commit(t =>
        {
            t.AddToSet("set", "too-low", -5);
            t.AddToSet("set", "third", 3);
            t.AddToSet("set", "first", 1);
            t.AddToSet("set", "second", 2);
            t.AddToSet("set", "too-high", 50);
        });

        Assert.Equal("first", Connection.GetFirstByLowestScoreFromSet("set", 0, 10));
        Assert.Null(Connection.GetFirstByLowestScoreFromSet("set", 10.5, 20));
    }

    [Fact]
    public void GetFirstByLowestScoreFromSet_WithCount_ReturnsThatManyInScoreOrder()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Connection.BatchedGetFirstByLowest));
        Commit(t =>
        {
            for (var score = 9; score >= 0; score--)
            {
                t.AddToSet("set", $"v{score}", score);
            }
        });

        Assert.Equal(["v2", "v3", "v4"], ExtendedConnection.GetFirstByLowestScoreFromSet("set", 2, 8, 3));
    }

    [Fact]
    public void GetFirstByLowestScoreFromSet_NegativeFractionalAndLargeScores_OrderedNumerically()
    {
        Commit(t =>
        {
            t.AddToSet("set", "million", 1e6);
            t.AddToSet("set", "minus-ten", -10);
            t.AddToSet("set", "half", 0.5);
            t.AddToSet("set", "minus-half", -0.5);
            t.AddToSet("set", "zero", 0);
            t.AddToSet("set", "nine", 9);
            t.AddToSet("set", "ten", 10);
        });

        Assert.Equal("minus-ten", Connection.GetFirstByLowestScoreFromSet("set", double.MinValue, double.MaxValue));
        Assert.Equal("minus-half", Connection.GetFirstByLowestScoreFromSet("set", -1, 1));
        Assert.Equal(["half", "nine", "ten"], ExtendedConnection.GetFirstByLowestScoreFromSet("set", 0.1, 100, 5));
        Assert.Equal(["minus-ten", "minus-half", "zero", "half", "nine", "ten", "million"], ExtendedConnection.GetRangeFromSet("set", 0, 10));
    }

    [Fact]
    public void GetRangeFromSet_IndexesInclusive_ReturnsValuesInScoreOrder()
    {
        Commit(t =>
        {
            for (var score = 0; score < 5; score++)
            {
                t.AddToSet("set", $"v{score}", score);
            }
        });

        Assert.Equal(["v1", "v2", "v3"], ExtendedConnection.GetRangeFromSet("set", 1, 3));
        Assert.Equal(["v4"], ExtendedConnection.GetRangeFromSet("set", 4, 10));
    }

    [Fact]
    public void GetSetCount_SeveralKeysWithLimit_CountsUpToLimit()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Connection.LimitedGetSetCount));
        Commit(t =>
        {
            t.AddRangeToSet("one", ["a", "b", "c"]);
            t.AddRangeToSet("two", ["a", "b"]);
        });

        Assert.Equal(5, ExtendedConnection.GetSetCount(["one", "two", "missing"], 100));
        Assert.Equal(4, ExtendedConnection.GetSetCount(["one", "two"], 4));
    }

    [Fact]
    public void GetSetContains_PresentAndAbsentValues_AnswersEach()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Connection.GetSetContains));
        Commit(t => t.AddToSet("set", "present"));

        Assert.True(ExtendedConnection.GetSetContains("set", "present"));
        Assert.False(ExtendedConnection.GetSetContains("set", "absent"));
        Assert.False(ExtendedConnection.GetSetContains("missing", "present"));
    }

    [Fact]
    public void RemoveFromSet_OneValue_RemovesOnlyThatValue()
    {
        Commit(t => t.AddRangeToSet("set", ["a", "b"]));
        Commit(t => t.RemoveFromSet("set", "a"));

        Assert.Equal(["b"], Connection.GetAllItemsFromSet("set"));
    }

    [Fact]
    public void RemoveSet_ExistingSet_RemovesWholeSetOnly()
    {
        Commit(t =>
        {
            t.AddRangeToSet("set", ["a", "b"]);
            t.AddToSet("other", "c");
        });
        Commit(t => t.RemoveSet("set"));

        Assert.Equal(0, ExtendedConnection.GetSetCount("set"));
        Assert.Equal(["c"], Connection.GetAllItemsFromSet("other"));
    }

    [Fact]
    public void AddToSet_KeysDifferingInCase_AreDistinct()
    {
        Commit(t =>
        {
            t.AddToSet("Set", "a");
            t.AddToSet("set", "b");
        });

        Assert.Equal(["a"], Connection.GetAllItemsFromSet("Set"));
        Assert.Equal(["b"], Connection.GetAllItemsFromSet("set"));
    }

    [Fact]
    public void GetAllItemsFromSet_NullKey_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Connection.GetAllItemsFromSet(null));
    }
}
