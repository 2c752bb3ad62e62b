using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace MyPlugin.Tests;

public sealed class MyPluginPluginTests : IDisposable
{
    // Monday 2 March 2026, 12:00 in Helsinki (UTC+2).
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly string _file = Path.GetTempFileName();

    [Fact]
    public async Task ReadAsync_TicketsFile_ComputesReceivedAndOpenToday()
    {
        File.WriteAllText(_file, """
            id,received,closed,category
            T-1,2026-03-02T08:05:00+02:00,2026-03-02T09:00:00+02:00,billing
            T-2,2026-03-02T09:30:00+02:00,,billing
            T-3,2026-03-02T11:45:00+02:00,,access
            T-4,2026-03-01T16:00:00+02:00,,access
            """);
        var harness = new RecordPluginHarness<MyPluginPlugin>(startTime: Noon);

        await harness.ReadAsync(Settings());
        var figures = harness.Compute(Settings(), harness.Window("today"));

        // Received today (from 00:00 Helsinki): T-1, T-2, T-3 = 3; T-4 came yesterday.
        Assert.Equal(3, Overall(figures, TicketFigures.Received));
        // Open at noon: T-2, T-3 and yesterday's T-4 = 3; T-1 closed at 09:00.
        Assert.Equal(3, Overall(figures, TicketFigures.Open));
        // Per category today: billing T-1, T-2 = 2; access T-3 = 1.
        Assert.Equal(2, figures.Single(figure => figure.Dimensions?.GetValueOrDefault("category") == "billing").Value);
    }

    [Fact]
    public async Task ReadAsync_SecondRead_ReadsOnlyNewLinesAndClosesUpdatedTickets()
    {
        File.WriteAllText(_file, "id,received,closed,category\nT-1,2026-03-02T08:05:00+02:00,,billing\n");
        var harness = new RecordPluginHarness<MyPluginPlugin>(startTime: Noon);
        await harness.ReadAsync(Settings());

        File.AppendAllText(_file, "T-1,2026-03-02T08:05:00+02:00,2026-03-02T11:00:00+02:00,billing\n");
        var second = await harness.ReadAsync(Settings());

        Assert.Single(second.Updates);
        Assert.Equal("2", harness.Checkpoint);
        // One record, now closed at 11:00, so nothing is open at noon.
        Assert.Equal(0, Overall(harness.Compute(Settings(), harness.Window("today")), TicketFigures.Open));
    }

    [Fact]
    public async Task ReceiveAsync_BadTime_SkipsTheLineNamingIt()
    {
        var harness = new RecordPluginHarness<MyPluginPlugin>(startTime: Noon);

        var batch = await harness.ReceiveAsync(Settings(), "text/csv", "id,received,closed,category\nT-9,yesterday,,billing\n");

        var problem = Assert.Single(batch.Problems);
        Assert.Equal((2, "received"), (problem.Line, problem.Field));
        Assert.Empty(harness.Records);
    }

    public void Dispose() => File.Delete(_file);

    private object Settings() => new MyPluginSettings { Path = _file };

    private static double? Overall(IReadOnlyList<Figure> figures, string metricKey) =>
        figures.Single(figure => figure.MetricKey == metricKey && figure.Dimensions is null).Value;
}
