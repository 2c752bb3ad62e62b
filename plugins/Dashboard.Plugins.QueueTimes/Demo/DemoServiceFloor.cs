namespace Dashboard.Plugins.QueueTimes.Demo;

/// <summary>
/// First-come first-served with a few servers (counters or phone agents): each customer goes to the server that frees up
/// first, no earlier than the server's opening. The demo's visits and calls both queue this way.
/// </summary>
internal sealed class DemoServiceFloor(IReadOnlyList<DateTimeOffset> serverOpens)
{
    private readonly DateTimeOffset[] _freeAt = [.. serverOpens];

    /// <summary>When each server is free again; after the day, when it finished its last customer.</summary>
    public IReadOnlyList<DateTimeOffset> FreeAt => _freeAt;

    /// <summary>When a customer arriving at <paramref name="arrival"/> can be served, and by which server.</summary>
    public (DateTimeOffset Start, int Server) Next(DateTimeOffset arrival)
    {
        var server = Array.IndexOf(_freeAt, _freeAt.Min());
        return (_freeAt[server] > arrival ? _freeAt[server] : arrival, server);
    }

    /// <summary>Books <paramref name="server"/> until <paramref name="until"/>.</summary>
    public void Book(int server, DateTimeOffset until) => _freeAt[server] = until;
}
