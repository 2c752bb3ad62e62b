namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/format.js: numbers and durations read the same on every TV, whatever its language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormatModuleTests(BrowserFixture browser)
{
    private const string NarrowNoBreakSpace = "\u202F";

    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(4.25, "4.3")]
    [InlineData(12.04, "12")]
    [InlineData(71.91, "71.9")]
    [InlineData(-0.04, "0")]
    [InlineData(-3.5, "−3.5")]
    [InlineData(1234.0, "1234")]
    [InlineData(12345.6, "12" + NarrowNoBreakSpace + "345.6")]
    [InlineData(1234567.0, "1" + NarrowNoBreakSpace + "234" + NarrowNoBreakSpace + "567")]
    public async Task FormatValue_Number_AtMostOneDecimalWithoutLocale(double value, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, value) => m.formatValue(value)", value));
    }

    [Fact]
    public async Task FormatValue_NoNumber_ShowsADash()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal("–|–|–", await modules.EvaluateAsync<string>("format.js", "m => [m.formatValue(null), m.formatValue(NaN), m.formatValue('7')].join('|')"));
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45_000, "45 s")]
    [InlineData(180_000, "3 min")]
    [InlineData(7_200_000, "2 h")]
    [InlineData(7_500_000, "2 h 5 min")]
    [InlineData(3 * 86_400_000 + 5_000, "3 d")]
    public async Task FormatDuration_Milliseconds_WordsForAPersonAcrossTheRoom(double milliseconds, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, ms) => m.formatDuration(ms)", milliseconds));
    }

    [Theory]
    [InlineData(10_000, "updated just now")]
    [InlineData(125_000, "updated 2 min ago")]
    public async Task FormatUpdatedAgo_Age_SaysHowOld(double milliseconds, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, ms) => m.formatUpdatedAgo(ms)", milliseconds));
    }
}
