using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Hashes: fields per key, written through the connection or a transaction.</summary>
public abstract class HashContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void SetRangeInHash_ThroughConnection_AllFieldsReadBack()
    {
        Connection.SetRangeInHash("hash", [new("a", "1"), new("b", "2")]);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, Connection.GetAllEntriesFromHash("hash"));
        Assert.Equal(2, ExtendedConnection.GetHashCount("hash"));
        Assert.Equal("2", ExtendedConnection.GetValueFromHash("hash", "b"));
    }

    [Fact]
    public void SetRangeInHash_ExistingField_OverwritesAndKeepsOthers()
    {
        Commit(t => t.SetRangeInHash("hash", [new("a", "1"), new("b", "2")]));
        Commit(t => t.SetRangeInHash("hash", [new("a", "changed"), new("c", "3")]));

        Assert.Equal(
            new Dictionary<string, string> { ["a"] = "changed", ["b"] = "2", ["c"] = "3" },
            Connection.GetAllEntriesFromHash("hash"));
    }

    [Fact]
    public void SetRangeInHash_NullValue_StoredAsNull()
    {
        Commit(t => t.SetRangeInHash("hash", [new("empty", null), new("full", "x")]));

        Assert.Null(ExtendedConnection.GetValueFromHash("hash", "empty"));
        Assert.Equal("x", ExtendedConnection.GetValueFromHash("hash", "full"));
    }

    [Fact]
    public void SetRangeInHash_NonAsciiKeysFieldsAndValues_RoundTripExactly()
    {
        Commit(t => t.SetRangeInHash("hash:Zürich:日本", [new("größe", "🎉 ünïcödé"), new("Größe", "upper")]));

        Assert.Equal(
            new Dictionary<string, string> { ["größe"] = "🎉 ünïcödé", ["Größe"] = "upper" },
            Connection.GetAllEntriesFromHash("hash:Zürich:日本"));
        Assert.Null(Connection.GetAllEntriesFromHash("hash:zürich:日本"));
    }

    [Fact]
    public void GetAllEntriesFromHash_MissingKey_ReturnsNull()
    {
        Assert.Null(Connection.GetAllEntriesFromHash("missing"));
        Assert.Null(ExtendedConnection.GetValueFromHash("missing", "field"));
        Assert.Equal(0, ExtendedConnection.GetHashCount("missing"));
    }

    [Fact]
    public void RemoveHash_ExistingHash_RemovesItOnly()
    {
        Commit(t =>
        {
            t.SetRangeInHash("hash", [new("a", "1")]);
            t.SetRangeInHash("other", [new("b", "2")]);
        });
        Commit(t => t.RemoveHash("hash"));

        Assert.Null(Connection.GetAllEntriesFromHash("hash"));
        Assert.Equal("2", ExtendedConnection.GetValueFromHash("other", "b"));
    }

    [Fact]
    public void SetRangeInHash_NullKey_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Connection.SetRangeInHash(null, [new("a", "1")]));
    }
}
