using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// A screen that speaks SignalR's JSON hub protocol itself over a bare <see cref="ClientWebSocket"/>: the handshake, one
/// <c>Watch</c> invocation awaited to its completion, then every record parsed as JSON, as the raw broadcast's clients
/// parse theirs. A browser wall does about this much per message on its own machine; the .NET <c>HubConnection</c>
/// adds per-connection loops, timers and handler dispatch that would otherwise weigh on the cores the host shares.
/// </summary>
public sealed class HubProtocolScreen : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private const string WatchInvocationId = "watch";
    private const int InvocationType = 1;
    private const int CompletionType = 3;
    private const int CloseType = 7;

    // As the SignalR clients do, so that the server's client timeout (30 s by default) never closes an idle screen.
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _watched = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _figuresTarget;
    private readonly Action<ReadOnlyMemory<byte>> _figuresUpdated;
    private Task _reading = Task.CompletedTask;

    private HubProtocolScreen(string figuresTarget, Action<ReadOnlyMemory<byte>> figuresUpdated)
    {
        _figuresTarget = figuresTarget;
        _figuresUpdated = figuresUpdated;
    }

    /// <summary>
    /// Connects to the hub at <paramref name="hubAddress"/> (http or ws), watches <paramref name="dashboardId"/>, and
    /// then calls <paramref name="figuresUpdated"/> with each <paramref name="figuresTarget"/> record (without its separator).
    /// </summary>
    public static async Task<HubProtocolScreen> ConnectAsync(Uri hubAddress, string dashboardId, string figuresTarget, Action<ReadOnlyMemory<byte>> figuresUpdated)
    {
        var screen = new HubProtocolScreen(figuresTarget, figuresUpdated);
        var address = new UriBuilder(hubAddress) { Scheme = hubAddress.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
        await screen._socket.ConnectAsync(address, CancellationToken.None);
        screen._reading = screen.ReadAsync();
        await screen.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"));
        await screen._handshake.Task;
        var watch = JsonSerializer.SerializeToUtf8Bytes(new { type = InvocationType, invocationId = WatchInvocationId, target = "Watch", arguments = new[] { dashboardId } });
        await screen.SendAsync([.. watch, RecordSeparator]);
        await screen._watched.Task;
        _ = screen.PingAsync();
        return screen;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
    }

    private Task SendAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(PingInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await SendAsync(Ping);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The screen is closing.
        }
    }

    // A WebSocket message may hold several records and a record may span messages: records are cut at each separator.
    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(length), _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var scanFrom = length;
                length += received.Count;
                var recordStart = 0;
                int separator;
                while ((separator = Array.IndexOf(buffer, RecordSeparator, scanFrom, length - scanFrom)) >= 0)
                {
                    Handle(buffer.AsMemory(recordStart, separator - recordStart));
                    recordStart = scanFrom = separator + 1;
                }

                buffer.AsSpan(recordStart, length - recordStart).CopyTo(buffer);
                length -= recordStart;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The screen is closing.
        }

        var closed = new InvalidOperationException("The hub closed the connection.");
        _handshake.TrySetException(closed);
        _watched.TrySetException(closed);
    }

    private void Handle(ReadOnlyMemory<byte> record)
    {
        using var message = JsonDocument.Parse(record);
        var root = message.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            // The handshake response is {} or {"error": "..."}.
            if (root.TryGetProperty("error", out var handshakeError))
            {
                _handshake.TrySetException(new InvalidOperationException($"The hub refused the handshake: {handshakeError.GetString()}"));
            }

            _handshake.TrySetResult();
            return;
        }

        switch (root.GetProperty("type").GetInt32())
        {
            case InvocationType when root.GetProperty("target").ValueEquals(_figuresTarget):
                _figuresUpdated(record);
                break;
            case CompletionType when root.TryGetProperty("error", out var error):
                _watched.TrySetException(new InvalidOperationException($"Watch failed: {error.GetString()}"));
                break;
            case CompletionType:
                _watched.TrySetResult();
                break;
            case CloseType:
                _stop.Cancel();
                break;
        }
    }
}
