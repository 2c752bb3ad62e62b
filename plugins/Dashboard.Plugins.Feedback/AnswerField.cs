namespace Dashboard.Plugins.Feedback;

/// <summary>A piece of an answer that an input column or property holds.</summary>
public enum AnswerField
{
    /// <summary>The answer's id from the source (HappyOrNot's feedbackId).</summary>
    Id,

    /// <summary>When the answer was given (HappyOrNot's localTime).</summary>
    Time,

    /// <summary>The button or score pressed (HappyOrNot's buttonIndex).</summary>
    Answer,

    /// <summary>The answer's scale: smiley, csat or nps.</summary>
    Scale,

    /// <summary>Whether the source flagged the answer as misuse.</summary>
    Misuse,

    /// <summary>The service point (HappyOrNot's experience point).</summary>
    ServicePoint,

    /// <summary>The channel the answer came through (HappyOrNot's ui: physical, link, email, ...).</summary>
    Channel,

    /// <summary>The survey the answer belongs to; stored, not used by figures.</summary>
    Survey,
}
