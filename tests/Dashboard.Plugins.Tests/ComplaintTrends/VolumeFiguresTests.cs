using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>New complaints per day, the change from a week earlier and the top categories, worked out by hand.</summary>
public sealed class VolumeFiguresTests
{
    [Fact]
    public async Task NewPerDay_Today_CountsArrivalsFromMidnightUntilNowExclusive()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("""
            y,2026-03-01 23:59,,,A
            a,2026-03-02 00:00,,,A
            b,2026-03-02 10:30,,,A
            c,2026-03-02 14:59,,,A
            d,2026-03-02 15:00,,,A
            """);

        var figure = scenario.Today().Overall(ComplaintMetrics.NewComplaintsPerDay);

        // a, b and c; y arrived yesterday and d at 15:00, which has not happened yet at 15:00.
        Assert.Equal((3.0, 3), (figure.Value, figure.Basis));
    }

    [Fact]
    public async Task NewPerDay_SevenLocalDays_IsTheAverageOverTheCalendarDaysTouched()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("""
            a,2026-02-23 12:00,,,A
            b,2026-02-24 00:00,,,A
            c,2026-02-25 09:00,,,A
            d,2026-02-26 09:00,,,A
            e,2026-02-28 09:00,,,A
            f,2026-03-01 09:00,,,A
            g,2026-03-02 09:00,,,A
            h,2026-03-02 14:00,,,A
            """);

        // From Tue 24 Feb 00:00 to Mon 2 Mar 15:00: 24, 25, 26, 27, 28 Feb, 1 and 2 Mar are 7 days, today partly.
        var figure = scenario.Since(LocalClock.Helsinki(new DateOnly(2026, 2, 24), 0), "7d").Overall(ComplaintMetrics.NewComplaintsPerDay);

        // b, c, d, e, f, g, h = 7 arrivals (a is before the window): 7 / 7 days = 1.0 a day.
        Assert.Equal((1.0, 7), (figure.Value, figure.Basis));
    }

    [Fact]
    public async Task NewPerDay_SixtyMinutes_IsTheCountAlsoAcrossMidnight()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(0, 30));
        await scenario.AddAsync("a,2026-03-01 23:40,,,A\nb,2026-03-02 00:10,,,A\n");

        var figure = scenario.Since(LocalClock.MondayAt(0, 30).AddMinutes(-60), "60m").Overall(ComplaintMetrics.NewComplaintsPerDay);

        // A window of up to 24 hours is not divided by the two dates it touches: 2 arrivals, 2.
        Assert.Equal(2.0, figure.Value);
    }

    [Fact]
    public async Task ChangeFromWeekEarlier_Today_ComparesWithTheSameWeekdayUntilTheSameTime()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("""
            a,2026-03-02 09:00,,,A
            b,2026-03-02 10:30,,,A
            c,2026-03-02 14:59,,,A
            p,2026-02-23 08:00,2026-02-23 09:00,2026-02-23 10:00,A
            q,2026-02-23 14:59,,,A
            r,2026-02-23 15:00,,,A
            s,2026-02-22 23:00,,,A
            """);

        var figure = scenario.Today().Overall(ComplaintMetrics.NewComplaintsChangePercent);

        // Today until 15:00: a, b, c = 3. Monday 23 Feb until 15:00: p, q = 2 (r at 15:00 and s on Sunday are outside).
        // (3 - 2) / 2 = +50 %.
        Assert.Equal((50.0, 3), (figure.Value, figure.Basis));
    }

    [Fact]
    public async Task ChangeFromWeekEarlier_NoneAWeekEarlier_HasNoData()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("a,2026-03-02 09:00,,,A\n");

        var figure = scenario.Today().Overall(ComplaintMetrics.NewComplaintsChangePercent);

        Assert.Equal((FigureState.NoData, (double?)null, 1), (figure.State, figure.Value, figure.Basis));
    }

    [Fact]
    public async Task TopCategories_TiesInNameOrder_ListsTheTopNAndCountsAllOverall()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15), """{ "topCategories": 2 }""");
        await scenario.AddAsync("""
            1,2026-03-02 08:00,,,Waiting times
            2,2026-03-02 08:10,,,Waiting times
            3,2026-03-02 08:20,,,Waiting times
            4,2026-03-02 08:30,,,Staff conduct
            5,2026-03-02 08:40,,,Premises
            6,2026-03-02 08:50,,,Staff conduct
            7,2026-03-02 09:00,,,Premises
            8,2026-03-02 09:10,,,Digital services
            9,2026-03-01 09:10,,,Digital services
            """);

        var figures = scenario.Today().Where(figure => figure.MetricKey == ComplaintMetrics.ComplaintsByCategory).ToList();

        // Today: Waiting times 3, Premises 2, Staff conduct 2, Digital services 1 (complaint 9 was yesterday), 8 in all.
        // Top 2: Waiting times, then of the tied Premises and Staff conduct the first by name, Premises.
        Assert.Equal(8.0, figures.Overall(ComplaintMetrics.ComplaintsByCategory).Value);
        Assert.Equal(
            [("Waiting times", 3.0), ("Premises", 2.0)],
            figures.Where(figure => figure.Dimensions is { Count: > 0 }).Select(figure => (figure.Dimensions![ComplaintMetrics.CategoryDimension], figure.Value!.Value)));
    }

    [Fact]
    public void Figures_NoComplaintsAtAll_AreZerosAndNoData()
    {
        var figures = new ComplaintScenario(LocalClock.MondayAt(15)).Today();

        Assert.Equal(0.0, figures.Overall(ComplaintMetrics.NewComplaintsPerDay).Value);
        Assert.Equal(0.0, figures.Overall(ComplaintMetrics.OpenComplaints).Value);
        Assert.Equal(0.0, figures.Overall(ComplaintMetrics.ComplaintsByCategory).Value);
        Assert.All(
            new[] { ComplaintMetrics.MedianReactionHours, ComplaintMetrics.MedianResolutionDays, ComplaintMetrics.AnsweredWithinPromisePercent, ComplaintMetrics.NewComplaintsChangePercent },
            metric => Assert.Equal(FigureState.NoData, figures.Overall(metric).State));
    }
}
