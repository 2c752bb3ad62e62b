namespace Dashboard.Sdk;

/// <summary>A metric a plugin produces.</summary>
/// <param name="Key">Stable identifier, lower case letters, digits and underscores, e.g. <c>wait_minutes</c>.</param>
/// <param name="Title">Human title shown on the wall, e.g. "Average wait".</param>
/// <param name="Unit">Unit shown after the value, e.g. "min", "%", "" for a plain count.</param>
/// <param name="Direction">Whether higher or lower values are better.</param>
/// <param name="Target">Optional goal value; the wall shows whether the value meets it.</param>
public sealed record MetricDefinition(
    string Key,
    string Title,
    string Unit,
    MetricDirection Direction,
    double? Target = null)
{
    /// <summary>Optional longer explanation of how the value is computed.</summary>
    public string? Description { get; init; }
}
