using Dashboard.Sdk.Tests.Doubles;

namespace Dashboard.Sdk.Tests;

public sealed class PluginRulesTests
{
    [Fact]
    public void Check_ReaderWithoutFigureCalculator_SaysRecordsNeedOne()
    {
        var problem = Assert.Single(PluginRules.Check(new ReaderOnlyPlugin()));

        Assert.Contains(nameof(IFigureCalculator), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoCapability_NamesTheCapabilities()
    {
        var problem = Assert.Single(PluginRules.Check(new MetricsOnlyPlugin()));

        Assert.Contains(nameof(IRecordReader), problem, StringComparison.Ordinal);
    }
}
