using System.Globalization;

namespace Dashboard.Host.Benchmarks;

/// <summary>Live fan-out at each size: SignalR screens over ten dashboards, then a raw WebSocket broadcast of the same bytes.</summary>
public static class FanOutBenchmark
{
    public static async Task RunAsync(string sizes, int rounds)
    {
        Console.WriteLine($"Fan-out: {SignalRFanOutRun.Dashboards} dashboards of {SignalRFanOutRun.Tiles} tiles, {rounds} rounds after a warm-up; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        var figures = new List<FanOutFigures>();
        foreach (var clients in sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)))
        {
            var (signalR, message) = await SignalRFanOutRun.RunAsync(clients, rounds);
            figures.Add(signalR);
            Console.WriteLine(signalR.ToLine());
            var raw = await RawBroadcastRun.RunAsync(clients, rounds, message);
            figures.Add(raw);
            Console.WriteLine(raw.ToLine());
        }

        Console.WriteLine();
        Console.WriteLine(FanOutFigures.Header);
        foreach (var figure in figures)
        {
            Console.WriteLine(figure.ToLine());
        }
    }
}
