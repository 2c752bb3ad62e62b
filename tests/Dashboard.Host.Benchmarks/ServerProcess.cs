using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// A server under measurement in a process of its own, the real host or the raw broadcast server, so that its memory
/// and CPU are measured alone and the screens' clients do not share its process.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly string? _dataDirectory;

    private ServerProcess(Process process, Uri address, string? dataDirectory)
    {
        _process = process;
        Address = address;
        _dataDirectory = dataDirectory;
    }

    public Uri Address { get; }

    /// <summary>CPU time the process has used so far, every thread.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The process's resident memory now, in MB.</summary>
    public double WorkingSetMegabytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / 1024.0 / 1024.0;
        }
    }

    /// <summary>The real host (the build copies it beside this program) with its own data folder and these settings.</summary>
    public static Task<ServerProcess> StartHostAsync(IDictionary<string, string> settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "dashboard-bench", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Dashboard__DataDirectory"] = dataDirectory,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var port = FreePort();
        return StartAsync("host", [BesideThis("Dashboard.Host.dll"), "--urls", $"http://127.0.0.1:{port}"], environment, port, dataDirectory);
    }

    /// <summary>
    /// This program as the raw broadcast server, run with the host's <c>runtimeconfig.json</c>: both servers then run
    /// under the same runtime settings (garbage collector, thread pool, compilation).
    /// </summary>
    public static Task<ServerProcess> StartRawBroadcastAsync(string messageFile)
    {
        var port = FreePort();
        string[] arguments =
        [
            "exec", "--runtimeconfig", BesideThis("Dashboard.Host.runtimeconfig.json"), BesideThis("Dashboard.Host.Benchmarks.dll"),
            RawBroadcastServer.Mode, port.ToString(System.Globalization.CultureInfo.InvariantCulture), messageFile,
        ];
        return StartAsync("raw server", arguments, new Dictionary<string, string>(), port, dataDirectory: null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_dataDirectory is null)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static string BesideThis(string fileName) => Path.Combine(AppContext.BaseDirectory, fileName);

    private static async Task<ServerProcess> StartAsync(string label, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, int port, string? dataDirectory)
    {
        // Standard input stays open as long as this program runs; the raw server ends when it closes.
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"The {label} process did not start.");
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Console.Error.WriteLine($"{label}: {line.Data}");
            }
        };
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), dataDirectory);
        try
        {
            await server.WaitUntilHealthyAsync(label);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(string label)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new InvalidOperationException($"The {label} did not become healthy within two minutes.");
            }

            await Task.Delay(200);
        }
    }
}
