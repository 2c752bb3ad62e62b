using System.Net.Http.Json;
using System.Net.WebSockets;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// Clients of the raw broadcast server (<see cref="RawBroadcastServer"/>). The trigger is the <c>POST /broadcast</c>,
/// sent as the SignalR run's run-now is; the arrival a client's whole message read as JSON.
/// </summary>
public static class RawBroadcastRun
{
    private const int ConnectAtOnce = 50;
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// With the server in a process of its own, as the host is (the comparison the targets are read against), or in
    /// this process beside the clients, sharing their thread pool.
    /// </summary>
    public static async Task<FanOutFigures> RunAsync(int clients, int rounds, string message, bool serverInOwnProcess)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        if (!serverInOwnProcess)
        {
            await using var server = await RawBroadcastServer.StartAsync(port: 0, bytes);
            return await MeasureAsync(server.Address, process: null, clients, rounds, bytes.Length);
        }

        var messageFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(messageFile, bytes);
            await using var process = await ServerProcess.StartRawBroadcastAsync(messageFile);
            return await MeasureAsync(process.Address, process, clients, rounds, bytes.Length);
        }
        finally
        {
            File.Delete(messageFile);
        }
    }

    private static async Task<FanOutFigures> MeasureAsync(Uri address, ServerProcess? process, int clients, int rounds, int messageBytes)
    {
        using var http = new HttpClient { BaseAddress = address };
        var socketAddress = new UriBuilder(address) { Scheme = "ws", Path = "/ws" }.Uri;
        var clock = new ArrivalClock(clients);
        var clientSockets = new ClientWebSocket[clients];
        using var stop = new CancellationTokenSource();
        for (var first = 0; first < clients; first += ConnectAtOnce)
        {
            await Task.WhenAll(Enumerable.Range(first, Math.Min(ConnectAtOnce, clients - first)).Select(async index =>
            {
                clientSockets[index] = new ClientWebSocket();
                await clientSockets[index].ConnectAsync(socketAddress, CancellationToken.None);
                _ = ReadAsync(clientSockets[index], () => clock.Arrived(index), stop.Token);
            }));
        }

        while (await http.GetFromJsonAsync<int>("/clients") < clients)
        {
            await Task.Delay(10);
        }

        var results = new List<RoundArrivals>();
        var memory = 0.0;
        var cpuBefore = TimeSpan.Zero;
        var triggered = DateTimeOffset.MinValue;
        for (var round = -SignalRFanOutRun.WarmUpRounds; round < rounds; round++)
        {
            cpuBefore = round == 0 ? process?.CpuTime ?? TimeSpan.Zero : cpuBefore;

            // Paced as the SignalR rounds are, so the server's threads have gone idle between rounds there as here.
            await SignalRFanOutRun.UntilNextSecondAsync(triggered);
            triggered = DateTimeOffset.UtcNow;
            clock.StartRound();
            (await http.PostAsync("/broadcast", null)).EnsureSuccessStatusCode();
            var arrivals = await clock.EndRoundAsync(RoundTimeout);
            if (round >= 0)
            {
                results.Add(arrivals);
                memory = Math.Max(memory, process?.WorkingSetMegabytes ?? 0);
            }
        }

        var cpuPerRound = process is null ? double.NaN : (process.CpuTime - cpuBefore).TotalMilliseconds / rounds;
        stop.Cancel();
        foreach (var socket in clientSockets)
        {
            socket.Abort();
            socket.Dispose();
        }

        var name = process is null ? "raw WS, server beside clients" : "raw WS, server in own process";
        return new FanOutFigures(name, clients, results, process is null ? double.NaN : memory, messageBytes) { ServerCpuMillisecondsPerRound = cpuPerRound };
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
