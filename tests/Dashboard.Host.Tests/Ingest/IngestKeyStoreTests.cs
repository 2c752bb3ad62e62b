using System.Buffers.Text;
using Dashboard.Host.Ingest;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Ingest;

public sealed class IngestKeyStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DashboardDatabase _database;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly IngestKeyStore _keys;

    public IngestKeyStoreTests()
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        _keys = new IngestKeyStore(_database, _time);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task IssueAsync_Twice_GivesPrefixedBase64UrlOf32RandomBytesEachTime()
    {
        var first = await _keys.IssueAsync("desk");
        var second = await _keys.IssueAsync("desk");

        Assert.NotEqual(first, second);
        foreach (var key in new[] { first, second })
        {
            Assert.StartsWith(IngestKeyStore.KeyPrefix, key);
            Assert.Equal(32, Base64Url.DecodeFromChars(key.AsSpan(IngestKeyStore.KeyPrefix.Length)).Length);
        }
    }

    [Fact]
    public async Task VerifyAsync_AfterRotation_TakesOnlyTheNewKey()
    {
        var old = await _keys.IssueAsync("desk");
        var current = await _keys.IssueAsync("desk");

        Assert.False(await _keys.VerifyAsync("desk", old));
        Assert.True(await _keys.VerifyAsync("desk", current));
        Assert.False(await _keys.VerifyAsync("desk", null));
        Assert.False(await _keys.VerifyAsync("other", current));
    }

    [Fact]
    public async Task VerifyAsync_ManyUsesInAMinute_WritesLastUseOncePerMinute()
    {
        var key = await _keys.IssueAsync("desk");
        var first = _time.GetUtcNow();

        await _keys.VerifyAsync("desk", key);
        _time.Advance(TimeSpan.FromSeconds(59));
        await _keys.VerifyAsync("desk", key);
        var withinTheMinute = _keys.Find("desk")!.LastUsedUtcTicks;
        _time.Advance(TimeSpan.FromSeconds(1));
        await _keys.VerifyAsync("desk", key);

        Assert.Equal(first.UtcTicks, withinTheMinute);
        Assert.Equal(first.AddMinutes(1).UtcTicks, _keys.Find("desk")!.LastUsedUtcTicks);
    }

    [Fact]
    public async Task DeleteAsync_Key_NoLongerVerifies()
    {
        var key = await _keys.IssueAsync("desk");

        await _keys.DeleteAsync("desk");

        Assert.False(await _keys.VerifyAsync("desk", key));
        Assert.Null(_keys.Find("desk"));
    }
}
