using Dashboard.Host.Runs;

namespace Dashboard.Host.Tests.Runs;

public sealed class CollectorRunGateTests
{
    [Fact]
    public void TryEnter_RunOfTheSameCollectorGoing_ReturnsNullUntilItEnds()
    {
        var gate = new CollectorRunGate();

        var first = gate.TryEnter("desk");
        Assert.NotNull(first);
        Assert.Null(gate.TryEnter("desk"));
        Assert.NotNull(gate.TryEnter("lobby"));

        first.Dispose();
        Assert.NotNull(gate.TryEnter("desk"));
    }

    [Fact]
    public void TryEnter_HandleDisposedTwice_ReleasesOnlyItsOwnRun()
    {
        var gate = new CollectorRunGate();
        var first = gate.TryEnter("desk")!;
        first.Dispose();
        var second = gate.TryEnter("desk");

        first.Dispose();

        Assert.NotNull(second);
        Assert.Null(gate.TryEnter("desk"));
    }
}
