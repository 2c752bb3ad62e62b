namespace Dashboard.Browser.Tests;

/// <summary>
/// wwwroot/js/format.js: numbers, spans, ages and times in the dashboard's locale. The expected texts are CLDR's forms
/// for British English (en-GB) and Finnish (fi-FI): a comma or a point for decimals, a no-break space between thousands.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormatModuleTests(BrowserFixture browser)
{
    private const string NoBreakSpace = "\u00A0";

    [Theory]
    [InlineData(12.0, "en-GB", "12")]
    [InlineData(4.25, "en-GB", "4.3")]
    [InlineData(4.25, "fi-FI", "4,3")]
    [InlineData(12.04, "fi-FI", "12")]
    [InlineData(-0.04, "en-GB", "0")]
    [InlineData(-3.5, "fi-FI", "−3,5")]
    [InlineData(12345.6, "en-GB", "12,345.6")]
    [InlineData(12345.6, "fi-FI", "12" + NoBreakSpace + "345,6")]
    public async Task FormatNumber_NumberAndLocale_AtMostOneDecimalInThatLocale(double value, string locale, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, a) => m.formatNumber(a.value, a.locale)", new { value, locale }));
    }

    [Fact]
    public async Task FormatNumber_NoNumber_ShowsADash()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal("–|–|–", await modules.EvaluateAsync<string>("format.js", "m => [m.formatNumber(null, 'en'), m.formatNumber(NaN, 'fi'), m.formatNumber('7', 'en')].join('|')"));
    }

    [Theory]
    [InlineData(180_000, "en-GB", "3 min ago")]
    [InlineData(180_000, "fi-FI", "3 min sitten")]
    [InlineData(7_500_000, "fi-FI", "2 t sitten")] // 7 500 s = 2 h 5 min: the largest whole unit is 2 hours
    public async Task FormatAgo_Age_InTheLocalesWords(double milliseconds, string locale, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, a) => m.formatAgo(a.milliseconds, a.locale)", new { milliseconds, locale }));
    }

    [Fact]
    public async Task FormatAgo_UnderAMinute_IsLeftToTheCallersJustNow()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.True(await modules.EvaluateAsync<bool>("format.js", "m => m.formatAgo(59_999, 'en-GB') === null"));
    }

    [Theory]
    [InlineData(45_000, "fi-FI", "45 s")]
    [InlineData(2_820_000, "fi-FI", "47 min")] // 2 820 s / 60 = 47 min
    [InlineData(2_820_000, "en-GB", "47 mins")]
    [InlineData(3 * 86_400_000 + 5_000, "fi-FI", "3 pv")]
    public async Task FormatDuration_Span_LargestWholeUnit(double milliseconds, string locale, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, a) => m.formatDuration(a.milliseconds, a.locale)", new { milliseconds, locale }));
    }

    [Theory]
    [InlineData("en-GB", "09:05")]
    [InlineData("fi-FI", "09.05")]
    public async Task FormatClock_MorningTime_TwentyFourHourClockOfTheLocale(string locale, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal(expected, await modules.EvaluateAsync<string>("format.js", "(m, locale) => m.formatClock(new Date(2026, 0, 1, 9, 5), locale)", locale));
    }
}
