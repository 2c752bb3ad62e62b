using Dashboard.Host.Records;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Records;

/// <summary>The record store contract on a real LiteDB file.</summary>
public sealed class LiteDbRecordStoreTests : RecordStoreContractTests
{
    private readonly TempFolder _folder = new();
    private DashboardDatabase? _database;

    protected override IRecordStore Open()
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        return new LiteDbRecordStore(_database);
    }

    protected override void Close()
    {
        _database?.Dispose();
        _database = null;
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
