using System.Net;
using System.Net.WebSockets;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// The floor to compare with: a bare Kestrel WebSocket server that sends the same bytes to every client, one send per
/// socket, all at once. The trigger is the call to broadcast, the arrival a client's whole message read as JSON.
/// </summary>
public static class RawBroadcastRun
{
    private const int ConnectAtOnce = 50;
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(30);

    public static async Task<FanOutFigures> RunAsync(int clients, int rounds, string message)
    {
        var sockets = new ConcurrentBag<WebSocket>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Map("/ws", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            sockets.Add(socket);
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open && !(await socket.ReceiveAsync(buffer, context.RequestAborted)).CloseStatus.HasValue)
            {
            }
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("http", "ws", StringComparison.Ordinal) + "/ws");

        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        var clock = new ArrivalClock(clients);
        var clientSockets = new ClientWebSocket[clients];
        using var stop = new CancellationTokenSource();
        for (var first = 0; first < clients; first += ConnectAtOnce)
        {
            await Task.WhenAll(Enumerable.Range(first, Math.Min(ConnectAtOnce, clients - first)).Select(async index =>
            {
                clientSockets[index] = new ClientWebSocket();
                await clientSockets[index].ConnectAsync(address, CancellationToken.None);
                _ = ReadAsync(clientSockets[index], () => clock.Arrived(index), stop.Token);
            }));
        }

        while (sockets.Count < clients)
        {
            await Task.Delay(10);
        }

        var results = new List<RoundArrivals>();
        for (var round = -1; round < rounds; round++)
        {
            clock.StartRound();
            await Task.WhenAll(sockets.Select(socket => socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None)));
            var arrivals = await clock.EndRoundAsync(RoundTimeout);
            if (round >= 0)
            {
                results.Add(arrivals);
            }
        }

        stop.Cancel();
        foreach (var socket in clientSockets)
        {
            socket.Abort();
            socket.Dispose();
        }

        await app.StopAsync();
        return new FanOutFigures("raw WebSocket broadcast, same bytes", clients, results, double.NaN, bytes.Length);
    }

    // A client has the update when it has read it as JSON, as a SignalR client has when its handler runs.
    private static async Task ReadAsync(ClientWebSocket socket, Action arrived, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(length), stop);
                length += result.Count;
                if (result.EndOfMessage)
                {
                    using var message = System.Text.Json.JsonDocument.Parse(buffer.AsMemory(0, length - 1));
                    length = 0;
                    arrived();
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The run is over.
        }
    }
}
