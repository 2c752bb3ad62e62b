using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackPluginTests
{
    [Fact]
    public void Metrics_Declared_AreWellFormedWithDirectionsAndTargets()
    {
        var metrics = new FeedbackPlugin().Metrics;

        Assert.Empty(PluginContractChecks.CheckMetricDefinitions(metrics));
        Assert.Equal(
            [
                ("answers", "", MetricDirection.HigherIsBetter, (double?)null),
                ("positive_percent", "%", MetricDirection.HigherIsBetter, 80),
                ("negative_percent", "%", MetricDirection.LowerIsBetter, 10),
                ("satisfaction_index", "", MetricDirection.HigherIsBetter, 80),
                ("csat_percent", "%", MetricDirection.HigherIsBetter, 80),
                ("nps", "", MetricDirection.HigherIsBetter, 30),
            ],
            metrics.Select(metric => (metric.Key, metric.Unit, metric.Direction, metric.Target)));
        Assert.All(metrics, metric => Assert.False(string.IsNullOrWhiteSpace(metric.Description)));
    }

    [Fact]
    public void Capabilities_AreRecordsPushFiguresAndConnectionTests()
    {
        var plugin = new FeedbackPlugin();

        Assert.IsAssignableFrom<IRecordReader>(plugin);
        Assert.IsAssignableFrom<IPushReceiver>(plugin);
        Assert.IsAssignableFrom<IFigureCalculator>(plugin);
        Assert.IsAssignableFrom<IConnectionTester>(plugin);
        Assert.IsNotAssignableFrom<IScheduledCollector>(plugin);
        Assert.Equal(typeof(FeedbackSettings), plugin.SettingsType);
    }

    [Theory]
    [InlineData("{}", "demo terminal")]
    [InlineData("""{ "source": "push" }""", "pushed")]
    public async Task TestConnectionAsync_SourcesWithoutAConnection_Succeed(string json, string words)
    {
        var harness = new RecordPluginHarness<FeedbackPlugin>();
        var context = new CollectContext("c", harness.BindSettings(json), harness.Time, harness.Logger);

        var check = await harness.Plugin.TestConnectionAsync(context, CancellationToken.None);

        Assert.True(check.Succeeded);
        Assert.Contains(words, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PushSource_ReadsNothing()
    {
        var harness = new RecordPluginHarness<FeedbackPlugin>();

        var batch = await harness.ReadAsync(harness.BindSettings("""{ "source": "push" }"""));

        Assert.Empty(batch.Updates);
        Assert.Null(batch.Checkpoint);
    }
}
