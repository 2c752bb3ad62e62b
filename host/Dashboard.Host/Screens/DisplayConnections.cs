using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Screens;

/// <summary>The live hub connections opened with each screen's token, so that revoking the screen closes them at once.</summary>
public sealed class DisplayConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byScreen = new(StringComparer.Ordinal);

    public void Add(string screenId, HubCallerContext connection) =>
        _byScreen.GetOrAdd(screenId, _ => new ConcurrentDictionary<string, HubCallerContext>(StringComparer.Ordinal))[connection.ConnectionId] = connection;

    public void Remove(string screenId, string connectionId)
    {
        if (_byScreen.TryGetValue(screenId, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Closes every connection of the screen; the wall's next attempt to connect is refused.</summary>
    public void CloseAll(string screenId)
    {
        if (_byScreen.TryRemove(screenId, out var connections))
        {
            foreach (var connection in connections.Values)
            {
                connection.Abort();
            }
        }
    }
}
