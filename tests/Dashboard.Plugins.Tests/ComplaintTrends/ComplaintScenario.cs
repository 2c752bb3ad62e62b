using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>Complaints pushed as CSV (local Helsinki times) into the harness, and the figures of a window at a given moment.</summary>
internal sealed class ComplaintScenario
{
    private const string Header = "id,received,first reply,closed,category\n";

    public ComplaintScenario(DateTimeOffset now, string settingsJson = "{}")
    {
        Harness = new RecordPluginHarness<ComplaintTrendsPlugin>(startTime: now);
        Settings = Harness.BindSettings(settingsJson);
    }

    public RecordPluginHarness<ComplaintTrendsPlugin> Harness { get; }

    public object Settings { get; }

    /// <summary>Pushes rows of <c>id,received,first reply,closed,category</c>.</summary>
    public async Task AddAsync(string rows)
    {
        var batch = await Harness.ReceiveAsync(Settings, "text/csv", Header + rows);
        Assert.Empty(batch.Problems);
    }

    /// <summary>The "today" window at the clock's time.</summary>
    public IReadOnlyList<Figure> Today() => Harness.Compute(Settings, Harness.Today(Harness.TimeZone));

    /// <summary>A window from <paramref name="from"/> to the clock's time.</summary>
    public IReadOnlyList<Figure> Since(DateTimeOffset from, string id) =>
        Harness.Compute(Settings, new FigureWindow { Id = id, From = from, To = Harness.Time.GetUtcNow(), TimeZone = Harness.TimeZone });
}
