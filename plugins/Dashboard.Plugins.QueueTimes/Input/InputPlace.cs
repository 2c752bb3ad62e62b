using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>Where a line or item is: its file or request, and its line (text formats) or index (a JSON array).</summary>
internal sealed record InputPlace(string Source, int? Line = null, int? Index = null)
{
    /// <summary>A problem at this place.</summary>
    public InputProblem Problem(string? field, string message) =>
        new() { Source = Source, Line = Line, Index = Index, Field = field, Message = message };
}
