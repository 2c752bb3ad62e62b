using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dashboard.Plugins.Tests.Feedback;

/// <summary>A local HTTP server for the polled-URL tests: answers each request with what the test's handler returns.</summary>
internal sealed class TestHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, Task<TestResponse>> _handler;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public TestHttpServer(Func<HttpListenerRequest, Task<TestResponse>> handler)
    {
        _handler = handler;
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Every request's path and query, and its headers, in arrival order.</summary>
    public List<(string PathAndQuery, WebHeaderCollection Headers)> Requests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        lock (Requests)
        {
            Requests.Add((context.Request.Url!.PathAndQuery, (WebHeaderCollection)context.Request.Headers));
        }

        try
        {
            var response = await _handler(context.Request).WaitAsync(_stopping.Token);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.AddHeader(name, value);
            }

            var body = Encoding.UTF8.GetBytes(response.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            context.Response.Abort();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
