namespace Dashboard.Plugins.Feedback;

/// <summary>The scale an answer was given on; each has its own range and its own positive and negative answers.</summary>
public enum AnswerScale
{
    /// <summary>A four-button smiley terminal: 0 (red, worst) to 3 (dark green, best).</summary>
    Smiley,

    /// <summary>Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied).</summary>
    Csat,

    /// <summary>Net Promoter question "how likely are you to recommend", 0 to 10.</summary>
    Nps,
}
