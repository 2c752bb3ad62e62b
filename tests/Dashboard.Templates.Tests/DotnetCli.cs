using System.Diagnostics;
using System.Text;

namespace Dashboard.Templates.Tests;

/// <summary>Runs the dotnet CLI as a plugin author would, in a given folder, and fails with its output when it fails.</summary>
public static class DotnetCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's own MSBuild and NuGet settings would leak into the author's build; a new author has none.
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name == "NUGET_PACKAGES").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reading = Task.WhenAll(Copy(process.StandardOutput, output), Copy(process.StandardError, output));
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} in {workingDirectory} took over {Limit.TotalMinutes} minutes:\n{output}");
        }

        await reading;
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} in {workingDirectory} exited with {process.ExitCode}:\n{output}");
        return output.ToString();
    }

    private static async Task Copy(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
