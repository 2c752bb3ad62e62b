namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/assessment.js: a value against its target, and when a tile's data is too old.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentModuleTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(90.0, 85.0, "higherIsBetter", "good")]
    [InlineData(85.0, 85.0, "higherIsBetter", "good")]
    [InlineData(80.0, 85.0, "higherIsBetter", "warning")]
    [InlineData(70.0, 85.0, "higherIsBetter", "bad")]
    [InlineData(10.0, 10.0, "lowerIsBetter", "good")]
    [InlineData(10.5, 10.0, "lowerIsBetter", "warning")]
    [InlineData(12.0, 10.0, "lowerIsBetter", "bad")]
    [InlineData(5.0, null, "higherIsBetter", "neutral")]
    public async Task AssessValue_ValueAndTarget_GivesTheState(double value, double? target, string direction, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        var state = await modules.EvaluateAsync<string>("assessment.js", "(m, a) => m.assessValue(a.value, a.target, a.direction)", new { value, target, direction });

        Assert.Equal(expected, state);
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
