using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Dashboard.Hangfire.LiteDB.Tests.Crash;

/// <summary>
/// The crash host as a child process: its stdout lines are awaited one by one, and it is ended with SIGKILL
/// (<see cref="Process.Kill()"/> on Linux), which gives the storage no chance to flush or clean up.
/// </summary>
public sealed class CrashHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan LineTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _errors = new();

    private CrashHostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.Writer.TryComplete();
            }
            else
            {
                _lines.Writer.TryWrite(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
    }

    public static CrashHostProcess Start(string mode, string databasePath, params string[] options) =>
        Start(new Dictionary<string, string>(), mode, databasePath, options);

    public static CrashHostProcess Start(IReadOnlyDictionary<string, string> environment, string mode, string databasePath, params string[] options)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Dashboard.Hangfire.LiteDB.CrashHost.dll");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in new[] { host, mode, databasePath }.Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        var child = new CrashHostProcess(new Process { StartInfo = start });
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The dotnet host of the runtime running the tests: its root is three levels above the shared framework folder.</summary>
    private static string DotnetHost()
    {
        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli))
        {
            return fromCli;
        }

        var frameworkDirectory = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(frameworkDirectory, "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    /// <summary>Awaits the next line that starts with <paramref name="prefix"/>, skipping any others.</summary>
    public async Task<string> WaitForLineAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(LineTimeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(timeout.Token);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"The crash host printed no line starting with '{prefix}'. Its stderr:\n{Errors}", exception);
        }
    }

    /// <summary>Every line up to and including the first that starts with <paramref name="prefix"/>.</summary>
    public async Task<List<string>> WaitForLinesUntilAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(LineTimeout);
        var lines = new List<string>();
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(timeout.Token);
                lines.Add(line);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return lines;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"The crash host printed no line starting with '{prefix}'. Its stderr:\n{Errors}", exception);
        }
    }

    public async Task<List<string>> WaitForLinesAsync(string prefix, int count)
    {
        var lines = new List<string>(count);
        while (lines.Count < count)
        {
            lines.Add(await WaitForLineAsync(prefix));
        }

        return lines;
    }

    /// <summary>Every line printed so far that has not been awaited yet, without waiting.</summary>
    public List<string> DrainLines()
    {
        var lines = new List<string>();
        while (_lines.Reader.TryRead(out var line))
        {
            lines.Add(line);
        }

        return lines;
    }

    public async Task SendAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>SIGKILL, then waits until the process and its output pipe are gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(LineTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
