using Dashboard.Host.Figures;
using Dashboard.Sdk;

namespace Dashboard.Host.Tests.Figures;

public sealed class FigureSamplesTests
{
    private static readonly FigureWindow Today = new()
    {
        Id = "today",
        From = new DateTimeOffset(2026, 6, 14, 21, 0, 0, TimeSpan.Zero),
        To = new DateTimeOffset(2026, 6, 15, 12, 34, 56, 789, TimeSpan.FromHours(3)),
        TimeZone = TimeZoneInfo.Utc,
    };

    [Fact]
    public void StoredAt_TimeWithinASecond_TruncatesToTheSecondInUtc()
    {
        // 12:34:56.789+03 is 09:34:56.789Z; the milliseconds go.
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 9, 34, 56, TimeSpan.Zero), FigureSamples.StoredAt(Today.To));
    }

    [Fact]
    public void ToSample_FigureWithDimensionsAndState_QualifiesKeyAddsWindowAndKeepsState()
    {
        var figure = Figure.Without("nps", FigureState.TooFewData, new Dictionary<string, string> { ["servicePoint"] = "Library" }, basis: 3);

        var sample = FigureSamples.ToSample("feedback", Today, figure);

        Assert.Equal("feedback", sample.CollectorId);
        Assert.Equal("feedback.nps", sample.MetricKey);
        Assert.Equal("feedback.nps{servicePoint=Library,window=today}", sample.SeriesKey);
        Assert.Equal(FigureSamples.StoredAt(Today.To), sample.Timestamp);
        Assert.Null(sample.Value);
        Assert.Equal(FigureState.TooFewData, sample.State);
        Assert.Equal(3, sample.Basis);
    }

    [Fact]
    public void ReservedDimensionProblems_FigureUsingWindow_IsNamed()
    {
        IReadOnlyList<Figure> figures = [Figure.Of("count", 1), Figure.Of("count", 2, new Dictionary<string, string> { ["window"] = "mine" })];

        var problem = Assert.Single(FigureSamples.ReservedDimensionProblems(figures));

        Assert.Contains("'count'", problem);
        Assert.Contains("'window'", problem);
    }
}
