using System.Globalization;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// Live fan-out at each size: SignalR screens over ten dashboards in each client mode asked for, then a raw WebSocket
/// broadcast of the same bytes.
/// </summary>
public static class FanOutBenchmark
{
    public static async Task RunAsync(string sizes, int rounds, IReadOnlyList<ScreenClient> clientModes, IReadOnlyDictionary<string, string> hostEnvironment)
    {
        Console.WriteLine($"Fan-out: {SignalRFanOutRun.Dashboards} dashboards of {SignalRFanOutRun.Tiles} tiles, {rounds} rounds after {SignalRFanOutRun.WarmUpRounds} warm-up rounds; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}{(hostEnvironment.Count == 0 ? "" : "; host environment " + string.Join(' ', hostEnvironment.Select(pair => $"{pair.Key}={pair.Value}")))}");
        var figures = new List<FanOutFigures>();
        foreach (var clients in sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)))
        {
            var message = "";
            foreach (var mode in clientModes)
            {
                Console.WriteLine($"load average before: {LoadAverage.Now()}");
                var (signalR, frame) = await SignalRFanOutRun.RunAsync(clients, rounds, mode, hostEnvironment);
                figures.Add(signalR);
                Console.WriteLine(signalR.ToLine());
                message = message.Length == 0 ? frame : message;
            }

            foreach (var serverInOwnProcess in new[] { true, false })
            {
                Console.WriteLine($"load average before: {LoadAverage.Now()}");
                var raw = await RawBroadcastRun.RunAsync(clients, rounds, message, serverInOwnProcess);
                figures.Add(raw);
                Console.WriteLine(raw.ToLine());
            }
        }

        Console.WriteLine();
        Console.WriteLine(FanOutFigures.Header);
        foreach (var figure in figures)
        {
            Console.WriteLine(figure.ToLine());
        }

        Console.WriteLine($"load average after: {LoadAverage.Now()}");
    }
}
