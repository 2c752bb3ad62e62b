using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>
/// A real HTTP server on 127.0.0.1 for the Open311 reader to talk to: every request is recorded and answered by
/// <see cref="Respond"/> (status and body).
/// </summary>
internal sealed class FakeOpen311Server : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private FakeOpen311Server(HttpListener listener, int port, Func<HttpListenerRequest, Task<(int Status, string Body)>> respond)
    {
        _listener = listener;
        Respond = respond;
        BaseUrl = $"http://127.0.0.1:{port}/open311/v2/";
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The base URL to put in the settings.</summary>
    public string BaseUrl { get; }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<Uri> Requests { get; } = new();

    /// <summary>How the server answers.</summary>
    public Func<HttpListenerRequest, Task<(int Status, string Body)>> Respond { get; set; }

    public static FakeOpen311Server Start(Func<HttpListenerRequest, (int Status, string Body)> respond) =>
        Start(request => Task.FromResult(respond(request)));

    public static FakeOpen311Server Start(Func<HttpListenerRequest, Task<(int Status, string Body)>> respond)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeOpen311Server(listener, port, respond);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and listening; try another one.
                listener.Close();
            }
        }
    }

    /// <summary>A port nothing listens on, for a dead server.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Requests.Enqueue(context.Request.Url!);
        try
        {
            var (status, body) = await Respond(context.Request).ConfigureAwait(false);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout test) or the server is stopping.
        }
    }
}
