using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>The metrics and dimensions the feedback plugin reports; docs/metric-definitions.md defines each.</summary>
public static class FeedbackMetrics
{
    /// <summary>Dimension naming the service point (HappyOrNot's experience point) of a figure.</summary>
    public const string ServicePointDimension = "servicePoint";

    /// <summary>Dimension naming the channel (HappyOrNot's ui) of a figure.</summary>
    public const string ChannelDimension = "channel";

    /// <summary>Answers in the window, misuse excluded.</summary>
    public const string Answers = "answers";

    /// <summary>Share of answers that are positive, percent.</summary>
    public const string PositivePercent = "positive_percent";

    /// <summary>Share of answers that are negative, percent.</summary>
    public const string NegativePercent = "negative_percent";

    /// <summary>Mean place of the answers on their scales, 0 (all worst) to 100 (all best).</summary>
    public const string SatisfactionIndex = "satisfaction_index";

    /// <summary>Share of CSAT answers that are 4 or 5, percent.</summary>
    public const string CsatPercent = "csat_percent";

    /// <summary>Net Promoter Score: percent promoters minus percent detractors, -100 to 100.</summary>
    public const string Nps = "nps";

    /// <summary>The definitions, in the order a wall shows them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(Answers, "Answers", "", MetricDirection.HigherIsBetter)
        {
            Description = "Answers given in the window on every scale (smiley, CSAT, NPS); answers flagged as misuse are not counted.",
        },
        new(PositivePercent, "Positive", "%", MetricDirection.HigherIsBetter, 80)
        {
            Description = "Share of answers that are positive: the two green smileys (buttons 2-3), CSAT 4-5, NPS 9-10.",
        },
        new(NegativePercent, "Negative", "%", MetricDirection.LowerIsBetter, 10)
        {
            Description = "Share of answers that are negative: the two red smileys (buttons 0-1), CSAT 1-2, NPS 0-6.",
        },
        new(SatisfactionIndex, "Satisfaction index", "", MetricDirection.HigherIsBetter, 80)
        {
            Description = "Mean place of the answers on their scales from 0 (worst) to 100 (best); smiley buttons weigh 0, 33.3, 66.7 and 100.",
        },
        new(CsatPercent, "CSAT", "%", MetricDirection.HigherIsBetter, 80)
        {
            Description = "Share of answers on the 1-5 satisfaction scale that are 4 (satisfied) or 5 (very satisfied).",
        },
        new(Nps, "NPS", "", MetricDirection.HigherIsBetter, 30)
        {
            Description = "Net Promoter Score from 0-10 answers: percent promoters (9-10) minus percent detractors (0-6).",
        },
    ];
}
