using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>What a parser made of one input: the updates of the usable answers and a problem for each line or item skipped.</summary>
internal sealed record ParsedAnswers(IReadOnlyList<RecordUpdate> Updates, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Nothing: an empty input.</summary>
    public static ParsedAnswers Empty { get; } = new([], []);

    /// <summary>The two inputs' answers and problems, this one's first.</summary>
    public ParsedAnswers Concat(ParsedAnswers other) => new([.. Updates, .. other.Updates], [.. Problems, .. other.Problems]);
}
