using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using LiteDB;

namespace Dashboard.Host.Tests.Storage;

public sealed class DashboardDatabaseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_FileWithLiteDbsDefaultCollation_KeepsItsDataAndTellsKeysApartByCase()
    {
        var file = _folder.File("dashboard.db");
        using (var old = new LiteDatabase(new ConnectionString { Filename = file }))
        {
            old.GetCollection("things").Insert(new BsonDocument { ["_id"] = "abc", ["kept"] = true });
        }

        using var database = new DashboardDatabase(file);
        await database.WriteAsync(db => db.GetCollection("things").Insert(new BsonDocument { ["_id"] = "ABC" }));

        Assert.Equal("en-US/Ordinal", await database.WriteAsync(db => db.Pragma("COLLATION").AsString));
        Assert.True(database.Collection<BsonDocument>("things").FindById("abc")["kept"].AsBoolean);
        Assert.Equal(2, database.Collection<BsonDocument>("things").Count());
    }
}
