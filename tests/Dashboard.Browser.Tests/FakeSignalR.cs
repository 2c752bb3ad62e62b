namespace Dashboard.Browser.Tests;

/// <summary>
/// A stand-in for the SignalR browser client, installed as window.signalR before connection.js runs, so tests
/// decide when the server answers. window.fakeHub is the last connection built; window.fakeStartError, when set,
/// is what its start() throws.
/// </summary>
public static class FakeSignalR
{
    public const string Install = """
        window.signalR = {
          LogLevel: { Warning: 3 },
          HubConnectionState: { Disconnected: 'Disconnected', Connected: 'Connected', Reconnecting: 'Reconnecting' },
          HubConnectionBuilder: class {
            withUrl(url, options) { this.url = url; this.options = options; return this; }
            withAutomaticReconnect() { return this; }
            configureLogging() { return this; }
            build() {
              const methods = {};
              const hub = {
                state: 'Disconnected', invocations: [], stops: 0, url: this.url, options: this.options,
                on(name, handler) { methods[name.toLowerCase()] = handler; },
                onreconnecting(handler) { hub.reconnecting = handler; },
                onreconnected(handler) { hub.reconnected = handler; },
                onclose(handler) { hub.closed = handler; },
                async start() { if (window.fakeStartError) throw window.fakeStartError; hub.state = 'Connected'; },
                invoke(method, ...args) { return new Promise((resolve, reject) => hub.invocations.push({ method, args, resolve, reject })); },
                async stop() { hub.stops++; hub.state = 'Disconnected'; hub.closed?.(); },
                serverCalls(name, argument) { methods[name.toLowerCase()](argument); },
              };
              window.fakeHub = hub;
              return hub;
            }
          },
        };
        """;

    /// <summary>connectLive for dashboard 'desk' with handlers that record what they were told, in order, in window.events.</summary>
    public const string Connect = """
        window.events = [];
        const handlers = {
          onSnapshot: (snapshot) => events.push('snapshot:' + snapshot.dashboardId),
          onFigures: (update) => events.push('figures:' + update.values.map(v => v.seriesKey).join(',')),
          onCollectorStatus: (status) => events.push('status:' + status.collectorId),
          onReload: () => events.push('reload'),
          onHostVersion: (version) => events.push('version:' + version),
          onConnectionState: (state, detail) => events.push(detail ? `state:${state}:${detail}` : 'state:' + state),
        };
        window.live = m.connectLive({ hubUrl: '/hubs/live', dashboardId: 'desk', handlers });
        await new Promise(resolve => setTimeout(resolve, 0));
        """;
}
