namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/assessment.js: a value against its thresholds or target, its change, and when data is too old.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentModuleTests(BrowserFixture browser)
{
    [Theory]
    // A wait (lower is better) with warning 10 and critical 20: at or above a limit crosses into it.
    [InlineData(9.9, "lowerIsBetter", "good")]
    [InlineData(10.0, "lowerIsBetter", "warning")]
    [InlineData(19.9, "lowerIsBetter", "warning")]
    [InlineData(20.0, "lowerIsBetter", "critical")]
    public async Task AssessValue_Thresholds_LowerWaitIsBetter(double value, string direction, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        var state = await modules.EvaluateAsync<string>("assessment.js", "(m, a) => m.assessValue(a.value, { thresholds: { warning: 10, critical: 20 }, direction: a.direction })", new { value, direction });

        Assert.Equal(expected, state);
    }

    [Theory]
    // A service level (higher is better) with warning 80 and critical 60: at or below a limit crosses into it.
    [InlineData(80.1, "good")]
    [InlineData(80.0, "warning")]
    [InlineData(60.1, "warning")]
    [InlineData(60.0, "critical")]
    public async Task AssessValue_Thresholds_HigherServiceLevelIsBetter(double value, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        var state = await modules.EvaluateAsync<string>("assessment.js", "(m, value) => m.assessValue(value, { thresholds: { warning: 80, critical: 60 }, direction: 'higherIsBetter' })", value);

        Assert.Equal(expected, state);
    }

    [Theory]
    // Target only: a tenth of the target beyond it is a warning (85 - 8.5 = 76.5; 10 + 1 = 11), further critical.
    [InlineData(85.0, 85.0, "higherIsBetter", "good")]
    [InlineData(76.5, 85.0, "higherIsBetter", "warning")]
    [InlineData(76.4, 85.0, "higherIsBetter", "critical")]
    [InlineData(10.0, 10.0, "lowerIsBetter", "good")]
    [InlineData(11.0, 10.0, "lowerIsBetter", "warning")]
    [InlineData(11.1, 10.0, "lowerIsBetter", "critical")]
    [InlineData(5.0, null, "higherIsBetter", "neutral")]
    public async Task AssessValue_TargetWithoutThresholds_TenPercentMargin(double value, double? target, string direction, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        var state = await modules.EvaluateAsync<string>("assessment.js", "(m, a) => m.assessValue(a.value, { target: a.target, direction: a.direction })", new { value, target, direction });

        Assert.Equal(expected, state);
    }

    [Fact]
    public async Task AssessValue_NoNumber_IsNeutralWhateverTheLimits()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Equal("neutral", await modules.EvaluateAsync<string>("assessment.js", "m => m.assessValue(null, { target: 0, thresholds: { warning: 0, critical: 0 }, direction: 'lowerIsBetter' })"));
    }

    [Theory]
    [InlineData(12.0, 15.0, "lowerIsBetter", "▼", "better")]
    [InlineData(18.0, 15.0, "lowerIsBetter", "▲", "worse")]
    [InlineData(18.0, 15.0, "higherIsBetter", "▲", "better")]
    [InlineData(15.0, 15.0, "higherIsBetter", "▶", "same")]
    public async Task DescribeChange_AgainstThePreviousPeriod_ArrowFollowsTheNumberVerdictTheDirection(double current, double previous, string direction, string arrow, string verdict)
    {
        var modules = await browser.GetModulePageAsync();

        var change = await modules.EvaluateAsync<string[]>("assessment.js", "(m, a) => { const c = m.describeChange(a.current, a.previous, a.direction); return [c.arrow, c.verdict, String(c.delta)]; }", new { current, previous, direction });

        Assert.Equal([arrow, verdict, (current - previous).ToString(System.Globalization.CultureInfo.InvariantCulture)], change);
    }

    [Theory]
    [InlineData(30, 90, false)]
    [InlineData(120, 90, true)]
    [InlineData(3600, 0, false)]
    public async Task IsStale_AgeAgainstStaleAfter_TrueOnlyWhenOlder(int ageSeconds, int staleAfterSeconds, bool expected)
    {
        var modules = await browser.GetModulePageAsync();

        var stale = await modules.EvaluateAsync<bool>(
            "assessment.js",
            "(m, a) => { const now = Date.parse('2026-01-01T12:00:00Z'); return m.isStale(new Date(now - a.ageSeconds * 1000).toISOString(), a.staleAfterSeconds, now); }",
            new { ageSeconds, staleAfterSeconds });

        Assert.Equal(expected, stale);
    }

    [Fact]
    public async Task IsStale_NoValueYet_IsStale()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.True(await modules.EvaluateAsync<bool>("assessment.js", "m => m.isStale(null, 600, Date.now())"));
    }
}
