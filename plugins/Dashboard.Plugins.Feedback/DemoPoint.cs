namespace Dashboard.Plugins.Feedback;

/// <summary>One service point the demo terminal simulates, with the export fields it writes for it.</summary>
/// <param name="ExperiencePointId">HappyOrNot's experience point id.</param>
/// <param name="Name">The name written in the experiencePointName column.</param>
/// <param name="Scale">The survey's scale.</param>
/// <param name="Ui">How answers arrive (HappyOrNot's ui): physical, link, email.</param>
/// <param name="SmileyType">HappyOrNot's device type.</param>
/// <param name="Size">Answers per minute at full load.</param>
internal sealed record DemoPoint(int ExperiencePointId, string Name, AnswerScale Scale, string Ui, string SmileyType, double Size)
{
    /// <summary>The simulated service points: two terminals, a web NPS survey and an e-mailed CSAT survey.</summary>
    public static IReadOnlyList<DemoPoint> All { get; } =
    [
        new(101, "Citizen desk", AnswerScale.Smiley, "physical", "SMILEY_TERMINAL", 1.4),
        new(102, "Library", AnswerScale.Smiley, "physical", "SMILEY_TERMINAL", 0.9),
        new(103, "Web service", AnswerScale.Nps, "link", "SMILEY_DIGITAL", 0.5),
        new(104, "Phone service", AnswerScale.Csat, "email", "SMILEY_DIGITAL", 0.4),
    ];
}
