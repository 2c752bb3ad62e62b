using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackFiguresTests
{
    // Monday 2 March 2026, 12:00 Helsinki (10:00 UTC): open, 08-17 by default.
    private static readonly DateTimeOffset Noon = Local(2026, 3, 2, 12);

    [Fact]
    public async Task Compute_TenSmileyAnswers_GiveHandWorkedShares()
    {
        var harness = Harness(Noon);
        // Buttons 3,3,3,3,2,2,2,1,0,0 at the Library: ten answers.
        await PushAsync(harness, [3, 3, 3, 3, 2, 2, 2, 1, 0, 0], "Library", "physical", "smiley");

        var figures = harness.Compute(Defaults(harness), harness.Today(Helsinki));

        Assert.Equal(10, Value(figures, FeedbackMetrics.Answers));
        // Positive = buttons 2-3: 4 + 3 = 7 of 10 = 70 %.
        Assert.Equal(70, Value(figures, FeedbackMetrics.PositivePercent), 9);
        // Negative = buttons 0-1: 1 + 2 = 3 of 10 = 30 %.
        Assert.Equal(30, Value(figures, FeedbackMetrics.NegativePercent), 9);
        // Index = mean of button/3 x 100 = (4*3 + 3*2 + 1*1 + 2*0) / 3 / 10 x 100 = 19 / 30 x 100 = 63.333...
        Assert.Equal(19.0 / 30 * 100, Value(figures, FeedbackMetrics.SatisfactionIndex), 9);
        // No CSAT or NPS answers: nothing to show, not zero.
        Assert.Equal(FigureState.NoData, Overall(figures, FeedbackMetrics.CsatPercent).State);
        Assert.Equal(FigureState.NoData, Overall(figures, FeedbackMetrics.Nps).State);
        // The same figures for the one service point and the one channel.
        Assert.Equal(70, Overall(figures, FeedbackMetrics.PositivePercent, FeedbackMetrics.ServicePointDimension, "Library").Value!.Value, 9);
        Assert.Equal(10, Overall(figures, FeedbackMetrics.Answers, FeedbackMetrics.ChannelDimension, "physical").Value);
        Assert.Equal(10, Overall(figures, FeedbackMetrics.PositivePercent).Basis);
    }

    [Fact]
    public async Task Compute_TenNpsAnswers_GiveHandWorkedNps()
    {
        var harness = Harness(Noon);
        // Scores 10,10,9,9,8,7,6,5,3,0: promoters (9-10) 4, passives (7-8) 2, detractors (0-6) 4.
        await PushAsync(harness, [10, 10, 9, 9, 8, 7, 6, 5, 3, 0], "Web service", "link", "nps");

        var figures = harness.Compute(Defaults(harness), harness.Today(Helsinki));

        // NPS = 40 % promoters - 40 % detractors = 0.
        Assert.Equal(0, Value(figures, FeedbackMetrics.Nps), 9);
        Assert.Equal(10, Overall(figures, FeedbackMetrics.Nps).Basis);
        // Positive = promoters 4/10 = 40 %; negative = detractors 4/10 = 40 %.
        Assert.Equal(40, Value(figures, FeedbackMetrics.PositivePercent), 9);
        Assert.Equal(40, Value(figures, FeedbackMetrics.NegativePercent), 9);
        // Index = mean of score/10 x 100 = (10+10+9+9+8+7+6+5+3+0) / 10 / 10 x 100 = 67 / 100 x 100 = 67.
        Assert.Equal(67, Value(figures, FeedbackMetrics.SatisfactionIndex), 9);
    }

    [Fact]
    public async Task Compute_TwelveCsatAnswers_GiveHandWorkedCsat()
    {
        var harness = Harness(Noon);
        // Scores 5,5,5,4,4,4,4,3,3,2,1,1: satisfied (4-5) 3 + 4 = 7 of 12.
        await PushAsync(harness, [5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1, 1], "Phone service", "email", "csat");

        var figures = harness.Compute(Defaults(harness), harness.Today(Helsinki));

        // CSAT = 7 / 12 x 100 = 58.333...
        Assert.Equal(7.0 / 12 * 100, Value(figures, FeedbackMetrics.CsatPercent), 9);
        // Negative = 1-2: 1 + 2 = 3 of 12 = 25 %.
        Assert.Equal(25, Value(figures, FeedbackMetrics.NegativePercent), 9);
        // Index = mean of (score-1)/4 x 100 = (4*3 + 3*4 + 2*2 + 1 + 0*2) / 4 / 12 x 100 = 29 / 48 x 100 = 60.41666...
        Assert.Equal(29.0 / 48 * 100, Value(figures, FeedbackMetrics.SatisfactionIndex), 9);
        Assert.Equal(FigureState.NoData, Overall(figures, FeedbackMetrics.Nps).State);
    }

    [Fact]
    public async Task Compute_MixedScales_ShareThePositiveAndIndexAcrossThem()
    {
        var harness = Harness(Noon);
        // Smiley 3 and 0, CSAT 5 and 3, NPS 10 and 8: positive 3, 5, 10 = 3 of 6; negative 0 = 1 of 6.
        await PushAsync(harness, [3, 0], "Desk", "physical", "smiley");
        await PushAsync(harness, [5, 3], "Desk", "email", "csat", firstId: 10);
        await PushAsync(harness, [10, 8], "Web", "link", "nps", firstId: 20);
        var settings = harness.BindSettings("""{ "minimumAnswers": 2 }""");

        var figures = harness.Compute(settings, harness.Today(Helsinki));

        Assert.Equal(6, Value(figures, FeedbackMetrics.Answers));
        Assert.Equal(50, Value(figures, FeedbackMetrics.PositivePercent), 9);
        // 1 of 6 = 16.666... %.
        Assert.Equal(100.0 / 6, Value(figures, FeedbackMetrics.NegativePercent), 9);
        // Index = (3/3 + 0/3 + 4/4 + 2/4 + 10/10 + 8/10) / 6 x 100 = (1 + 0 + 1 + 0.5 + 1 + 0.8) / 6 x 100 = 4.3 / 6 x 100.
        Assert.Equal(4.3 / 6 * 100, Value(figures, FeedbackMetrics.SatisfactionIndex), 9);
        // CSAT: 5 of (5, 3) = 50 %; NPS: promoters 1/2 - detractors 0/2 = 50.
        Assert.Equal(50, Value(figures, FeedbackMetrics.CsatPercent), 9);
        Assert.Equal(50, Value(figures, FeedbackMetrics.Nps), 9);
        // Desk has four answers: smiley 3, 0 and CSAT 5, 3; positive 3 and 5 = 2 of 4.
        Assert.Equal(50, Overall(figures, FeedbackMetrics.PositivePercent, FeedbackMetrics.ServicePointDimension, "Desk").Value!.Value, 9);
    }

    [Fact]
    public async Task Compute_MisuseAnswers_AreStoredButNotCounted()
    {
        var harness = Harness(Noon);
        await PushAsync(harness, [3, 3, 0], "Library", "physical", "smiley", misuse: [false, false, true]);
        var settings = harness.BindSettings("""{ "minimumAnswers": 1 }""");

        var figures = harness.Compute(settings, harness.Today(Helsinki));

        Assert.Equal(3, harness.Records.Count);
        // Two answers count: both button 3, so 100 % positive and no negative.
        Assert.Equal(2, Value(figures, FeedbackMetrics.Answers));
        Assert.Equal(100, Value(figures, FeedbackMetrics.PositivePercent), 9);
        Assert.Equal(0, Value(figures, FeedbackMetrics.NegativePercent), 9);
    }

    [Fact]
    public async Task Compute_BelowMinimumAnswers_IsTooFewDataWithTheBasis()
    {
        var harness = Harness(Noon);
        await PushAsync(harness, [10, 9, 0], "Web service", "link", "nps");

        var tooFew = harness.Compute(Defaults(harness), harness.Today(Helsinki));
        var lowered = harness.Compute(harness.BindSettings("""{ "minimumAnswers": 3 }"""), harness.Today(Helsinki));

        var nps = Overall(tooFew, FeedbackMetrics.Nps);
        Assert.Equal(FigureState.TooFewData, nps.State);
        Assert.Null(nps.Value);
        Assert.Equal(3, nps.Basis);
        Assert.Equal(FigureState.TooFewData, Overall(tooFew, FeedbackMetrics.PositivePercent).State);
        // The count itself is always shown.
        Assert.Equal(3, Value(tooFew, FeedbackMetrics.Answers));
        // With the minimum at 3: promoters 2/3 - detractors 1/3 = 33.333...
        Assert.Equal(100.0 / 3, Value(lowered, FeedbackMetrics.Nps), 9);
    }

    [Fact]
    public async Task Compute_AnswersOutsideTheWindow_AreLeftOut()
    {
        var harness = Harness(Noon);
        await PushAsync(harness, [3], "Library", "physical", "smiley", at: Local(2026, 3, 1, 16));
        await PushAsync(harness, [0], "Library", "physical", "smiley", at: Local(2026, 3, 2, 11, 30), firstId: 10);
        await PushAsync(harness, [1], "Library", "physical", "smiley", at: Local(2026, 3, 2, 12, 30), firstId: 20);
        var settings = harness.BindSettings("""{ "minimumAnswers": 1 }""");

        var lastHour = harness.Compute(settings, harness.Last(TimeSpan.FromMinutes(60), Helsinki, "60m"));

        // Only the 11:30 answer is in 11:00-12:00: yesterday's is too early and 12:30 has not happened yet.
        Assert.Equal(1, Value(lastHour, FeedbackMetrics.Answers));
        Assert.Equal(100, Value(lastHour, FeedbackMetrics.NegativePercent), 9);
    }

    [Fact]
    public async Task Compute_NoAnswersWhileOpen_IsZeroAnswersAndNoData()
    {
        var harness = Harness(Noon);
        await PushAsync(harness, [3], "Library", "physical", "smiley", at: Local(2026, 3, 1, 10));

        var figures = harness.Compute(Defaults(harness), harness.Last(TimeSpan.FromMinutes(60), Helsinki, "60m"));

        Assert.Equal(0, Value(figures, FeedbackMetrics.Answers));
        Assert.Equal(FigureState.NoData, Overall(figures, FeedbackMetrics.PositivePercent).State);
        // Yesterday's answer keeps the Library on the wall, at 0 answers, instead of dropping it.
        Assert.Equal(0, Overall(figures, FeedbackMetrics.Answers, FeedbackMetrics.ServicePointDimension, "Library").Value);
    }

    [Fact]
    public async Task Compute_NoAnswersWhileClosed_IsClosed()
    {
        var harness = Harness(Local(2026, 3, 2, 21));
        await PushAsync(harness, [3], "Library", "physical", "smiley", at: Local(2026, 3, 2, 10));

        var lastHour = harness.Compute(Defaults(harness), harness.Last(TimeSpan.FromMinutes(60), Helsinki, "60m"));
        var today = harness.Compute(harness.BindSettings("""{ "minimumAnswers": 1 }"""), harness.Today(Helsinki));

        Assert.All(lastHour, figure => Assert.Equal(FigureState.Closed, figure.State));
        Assert.Contains(lastHour, figure => figure.Dimensions?.GetValueOrDefault(FeedbackMetrics.ServicePointDimension) == "Library");
        // The day's answers still show at night.
        Assert.Equal(1, Value(today, FeedbackMetrics.Answers));
        Assert.Equal(100, Value(today, FeedbackMetrics.PositivePercent), 9);
    }

    [Fact]
    public void Compute_ConfiguredServicePointWithoutAnswers_IsReported()
    {
        var harness = Harness(Noon);

        var figures = harness.Compute(harness.BindSettings("""{ "servicePointNames": { "390": "Library" } }"""), harness.Today(Helsinki));

        Assert.Equal(0, Overall(figures, FeedbackMetrics.Answers, FeedbackMetrics.ServicePointDimension, "Library").Value);
    }

    [Fact]
    public void HistoryNeeded_IsAWeek_SoQuietServicePointsStayListed()
    {
        Assert.Equal(TimeSpan.FromDays(7), ((IFigureCalculator)new FeedbackPlugin()).HistoryNeeded);
    }

    private static RecordPluginHarness<FeedbackPlugin> Harness(DateTimeOffset now) => new(startTime: now) { TimeZone = Helsinki };

    private static object Defaults(RecordPluginHarness<FeedbackPlugin> harness) => harness.BindSettings("{}");

    private static async Task PushAsync(
        RecordPluginHarness<FeedbackPlugin> harness, int[] answers, string point, string channel, string scale,
        int firstId = 0, DateTimeOffset? at = null, bool[]? misuse = null)
    {
        var time = TimeZoneInfo.ConvertTime(at ?? Local(2026, 3, 2, 11), Helsinki);
        var lines = answers.Select((answer, index) =>
            $"a{firstId + index},{time.AddSeconds(index):yyyy-MM-dd'T'HH:mm:ss},{scale},{answer},{(misuse?[index] == true ? "true" : "false")},{point},{channel}");
        var csv = "feedbackId,localTime,scale,buttonIndex,misuse,experiencePointName,ui\n" + string.Join("\n", lines) + "\n";
        var batch = await harness.ReceiveAsync(harness.BindSettings("{}"), "text/csv", csv);
        Assert.Empty(batch.Problems);
    }

    private static Figure Overall(IReadOnlyList<Figure> figures, string metric, string? dimension = null, string? value = null) =>
        Assert.Single(figures, figure => figure.MetricKey == metric
            && (dimension is null ? figure.Dimensions is not { Count: > 0 } : figure.Dimensions?.GetValueOrDefault(dimension) == value));

    private static double Value(IReadOnlyList<Figure> figures, string metric)
    {
        var figure = Overall(figures, metric);
        Assert.Equal(FigureState.Value, figure.State);
        return figure.Value!.Value;
    }
}
