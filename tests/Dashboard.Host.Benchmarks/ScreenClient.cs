namespace Dashboard.Host.Benchmarks;

/// <summary>How the benchmark's screens talk to the hub.</summary>
public enum ScreenClient
{
    /// <summary>SignalR's JSON hub protocol spoken over a bare WebSocket (<see cref="HubProtocolScreen"/>): as cheap per message as a raw client.</summary>
    HubProtocol,

    /// <summary>The official .NET <c>HubConnection</c>, heavier per connection than a browser wall puts on the host's machine.</summary>
    HubConnection,
}
