using System.Globalization;

namespace Dashboard.Host.Benchmarks;

/// <summary>The figures of one fan-out run: delays over every client of every round, spreads per round, the server's memory.</summary>
public sealed record FanOutFigures(string Name, int Clients, IReadOnlyList<RoundArrivals> Rounds, double MemoryMegabytes, int MessageBytes)
{
    /// <summary>Median time of a whole dashboard's snapshot over HTTP while the screens are connected; NaN where there is none.</summary>
    public double SnapshotMilliseconds { get; init; } = double.NaN;

    /// <summary>
    /// The server's CPU time per measured round (for the host: the collection, the pushes, the waits between rounds),
    /// which other work on a shared machine does not stretch as it stretches delays; NaN for a server that shares the
    /// benchmark's process.
    /// </summary>
    public double ServerCpuMillisecondsPerRound { get; init; } = double.NaN;

    /// <summary>The collection's own part of the delay, for the SignalR run; null for the raw broadcast.</summary>
    public CollectionTimes? Collection { get; init; }

    /// <summary>Per round, the delay of the first client to receive it: the trigger-to-push part before the fan-out.</summary>
    public double FirstArrivalMilliseconds(double percent) => Percentiles.Of(Rounds.Select(round => round.DelaysMilliseconds.DefaultIfEmpty(double.NaN).Min()).ToList(), percent);

    public double DelayMilliseconds(double percent) => Percentiles.Of(Rounds.SelectMany(round => round.DelaysMilliseconds).ToList(), percent);

    public double SpreadMilliseconds(double percent) => Percentiles.Of(Rounds.Select(round => round.SpreadMilliseconds).ToList(), percent);

    public int Missing => Rounds.Sum(round => round.Missing);

    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-34} {Clients,7:N0} {DelayMilliseconds(50),9:0.0} {DelayMilliseconds(99),9:0.0} {SpreadMilliseconds(50),10:0.0} {SpreadMilliseconds(99),10:0.0} {(double.IsNaN(MemoryMegabytes) ? "" : MemoryMegabytes.ToString("0", CultureInfo.InvariantCulture)),8} {MessageBytes,7:N0} {Missing,7} {(double.IsNaN(SnapshotMilliseconds) ? "" : SnapshotMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)),11} {FirstArrivalMilliseconds(50),9:0.0} {Collection?.PickupMilliseconds,9:0.0} {Collection?.RunMilliseconds,9:0.0} {(double.IsNaN(ServerCpuMillisecondsPerRound) ? "" : ServerCpuMillisecondsPerRound.ToString("0", CultureInfo.InvariantCulture)),9}");

    public const string Header = "run                                clients  p50 ms    p99 ms   spread50  spread99 server MB   bytes missing snapshot ms  first50  pickup50    run50  cpu/round";
}
