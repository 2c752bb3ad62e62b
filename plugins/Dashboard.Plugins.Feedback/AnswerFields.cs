namespace Dashboard.Plugins.Feedback;

/// <summary>The field names of a stored answer record, besides the reserved start and end.</summary>
internal static class AnswerFields
{
    public const string Scale = "scale";
    public const string Answer = "answer";
    public const string Misuse = "misuse";
    public const string ServicePoint = "servicePoint";
    public const string Channel = "channel";
    public const string Survey = "survey";
}
