using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// The floor to compare with: a bare Kestrel WebSocket server. <c>POST /broadcast</c> sends the same bytes to every
/// connected client, one send per socket, all at once, as the host's run-now starts a push; <c>GET /clients</c>
/// counts the connected ones.
/// </summary>
public sealed class RawBroadcastServer : IAsyncDisposable
{
    /// <summary>The program argument that runs this server alone: <c>--raw-server PORT MESSAGE-FILE</c>.</summary>
    public const string Mode = "--raw-server";

    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = [];
    private readonly WebApplication _app;
    private readonly byte[] _message;

    private RawBroadcastServer(int port, byte[] message)
    {
        _message = message;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapGet("/healthz", () => Results.Ok());
        _app.MapGet("/clients", () => Results.Ok(_sockets.Count));
        _app.MapPost("/broadcast", BroadcastAsync);
        _app.Map("/ws", AcceptAsync);
    }

    /// <summary>Where it listens: on the port given, or on a free one for port 0.</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<RawBroadcastServer> StartAsync(int port, byte[] message)
    {
        var server = new RawBroadcastServer(port, message);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>
    /// Serves until the process is stopped or its parent, the benchmark, goes away and so closes its standard input:
    /// a benchmark stopped with Ctrl+C leaves no server behind.
    /// </summary>
    public static async Task ServeAsync(int port, string messageFile)
    {
        await using var server = await StartAsync(port, await File.ReadAllBytesAsync(messageFile));
        await Task.WhenAny(server._app.WaitForShutdownAsync(), Console.In.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> BroadcastAsync()
    {
        await Task.WhenAll(_sockets.Keys.Select(socket => socket.SendAsync(_message, WebSocketMessageType.Text, true, CancellationToken.None)));
        return Results.Ok();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _sockets[socket] = 0;
        try
        {
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open && !(await socket.ReceiveAsync(buffer, context.RequestAborted)).CloseStatus.HasValue)
            {
            }
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }
}
