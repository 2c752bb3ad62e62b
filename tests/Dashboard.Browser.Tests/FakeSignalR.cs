namespace Dashboard.Browser.Tests;

/// <summary>
/// A stand-in for the SignalR browser client, installed as window.signalR before connection.js runs, so tests
/// decide when the server answers. window.fakeHub is the last connection built.
/// </summary>
public static class FakeSignalR
{
    public const string Install = """
        window.signalR = {
          LogLevel: { Warning: 3 },
          HubConnectionState: { Disconnected: 'Disconnected', Connected: 'Connected', Reconnecting: 'Reconnecting' },
          HubConnectionBuilder: class {
            withUrl() { return this; }
            withAutomaticReconnect() { return this; }
            configureLogging() { return this; }
            build() {
              const methods = {};
              const hub = {
                state: 'Disconnected', invocations: [], stops: 0,
                on(name, handler) { methods[name] = handler; },
                onreconnecting(handler) { hub.reconnecting = handler; },
                onreconnected(handler) { hub.reconnected = handler; },
                onclose(handler) { hub.closed = handler; },
                async start() { hub.state = 'Connected'; },
                invoke(method, ...args) { return new Promise((resolve, reject) => hub.invocations.push({ method, args, resolve, reject })); },
                async stop() { hub.stops++; hub.state = 'Disconnected'; hub.closed?.(); },
                serverCalls(name, argument) { methods[name](argument); },
              };
              window.fakeHub = hub;
              return hub;
            }
          },
        };
        """;

    /// <summary>connectToWall with handlers that record what they were told, in order, in window.events.</summary>
    public const string Connect = """
        window.events = [];
        const handlers = {
          onSnapshot: (snapshot) => events.push('snapshot:' + snapshot.tiles.length),
          onMetrics: (update) => events.push('metrics:' + update.values.map(v => v.metricKey).join(',')),
          onCollectorStatus: (status) => events.push('status:' + status.collectorId),
          onConnectionState: (state, detail) => events.push(detail ? `state:${state}:${detail}` : 'state:' + state),
        };
        m.connectToWall({ hubUrl: 'hubs/live', wallId: 'default', handlers });
        await new Promise(resolve => setTimeout(resolve, 0));
        """;
}
