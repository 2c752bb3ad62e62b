using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>Where a piece of input is: the file, URL or request, and its line (CSV, NDJSON) or item (JSON array).</summary>
internal readonly record struct InputPlace(string Source, int? Line = null, int? Index = null)
{
    /// <summary>A problem at this place with <paramref name="field"/>.</summary>
    public InputProblem Problem(string? field, string message) =>
        new() { Source = Source, Line = Line, Index = Index, Field = field, Message = message };
}
