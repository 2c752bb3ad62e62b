namespace Dashboard.Plugins.Feedback;

/// <summary>What an answer means on its scale: its valid range, whether it is positive or negative, and its place from worst to best.</summary>
internal static class ScaleRules
{
    /// <summary>The lowest and highest answer the scale has.</summary>
    public static (int Lowest, int Highest) Range(AnswerScale scale) => scale switch
    {
        AnswerScale.Smiley => (0, 3),
        AnswerScale.Csat => (1, 5),
        AnswerScale.Nps => (0, 10),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown answer scale."),
    };

    /// <summary>The two green buttons, CSAT 4-5, NPS promoters 9-10.</summary>
    public static bool IsPositive(AnswerScale scale, long answer) => scale switch
    {
        AnswerScale.Smiley => answer >= 2,
        AnswerScale.Csat => answer >= 4,
        _ => answer >= 9,
    };

    /// <summary>The two red buttons, CSAT 1-2, NPS detractors 0-6.</summary>
    public static bool IsNegative(AnswerScale scale, long answer) => scale switch
    {
        AnswerScale.Smiley => answer <= 1,
        AnswerScale.Csat => answer <= 2,
        _ => answer <= 6,
    };

    /// <summary>The answer's place on its scale, 0 for the worst answer and 1 for the best.</summary>
    public static double Position(AnswerScale scale, long answer)
    {
        var (lowest, highest) = Range(scale);
        return (double)(answer - lowest) / (highest - lowest);
    }

    /// <summary>The scale's name as records and inputs write it: smiley, csat, nps.</summary>
    public static string Name(AnswerScale scale) => scale.ToString().ToLowerInvariant();

    /// <summary>Reads a scale name, ignoring case; null when it is none of smiley, csat, nps.</summary>
    public static AnswerScale? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "smiley" => AnswerScale.Smiley,
        "csat" => AnswerScale.Csat,
        "nps" => AnswerScale.Nps,
        _ => null,
    };
}
