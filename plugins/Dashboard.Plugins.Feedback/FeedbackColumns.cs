namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Which CSV columns or JSON properties hold each piece of an answer. Each setting lists accepted names, tried in order;
/// names match ignoring case, spaces, dashes and underscores, so <c>Feedback ID</c> finds <c>feedbackId</c>. The
/// defaults follow HappyOrNot's button-feedback export (API v2 <c>ButtonFeedback</c>) and a few common renamings.
/// </summary>
public sealed class FeedbackColumns
{
    /// <summary>The answer's id; required.</summary>
    public IList<string> Id { get; set; } = ["feedbackId", "id"];

    /// <summary>When the answer was given; required.</summary>
    public IList<string> Time { get; set; } = ["localTime", "time", "timestamp"];

    /// <summary>The button index or score; required.</summary>
    public IList<string> Answer { get; set; } = ["buttonIndex", "answer", "score"];

    /// <summary>The answer's scale (smiley, csat, nps); when missing or empty, <see cref="FeedbackSettings.DefaultScale"/>.</summary>
    public IList<string> Scale { get; set; } = ["scale", "kind"];

    /// <summary>The misuse flag; when missing or empty the answer is not misuse.</summary>
    public IList<string> Misuse { get; set; } = ["misuse"];

    /// <summary>The service point; a name column is preferred to the experience point's number.</summary>
    public IList<string> ServicePoint { get; set; } = ["experiencePointName", "experiencePoint", "servicePoint", "experiencePointId"];

    /// <summary>The channel; HappyOrNot's <c>ui</c> says physical, digital, touchless, qr, link or email.</summary>
    public IList<string> Channel { get; set; } = ["channel", "ui"];

    /// <summary>The survey; stored with the answer.</summary>
    public IList<string> Survey { get; set; } = ["surveyName", "surveyId", "survey"];

    /// <summary>The names accepted for <paramref name="field"/>.</summary>
    public IList<string> NamesFor(AnswerField field) => field switch
    {
        AnswerField.Id => Id,
        AnswerField.Time => Time,
        AnswerField.Answer => Answer,
        AnswerField.Scale => Scale,
        AnswerField.Misuse => Misuse,
        AnswerField.ServicePoint => ServicePoint,
        AnswerField.Channel => Channel,
        AnswerField.Survey => Survey,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown answer field."),
    };

    /// <summary>A name as it is compared: lower case letters and digits only.</summary>
    public static string Normalise(string name) =>
        string.Concat((name ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
