namespace Dashboard.Plugins.QueueTimes.Demo;

/// <summary>The events of one simulated visit, call, counter session or member session, in time order, as source text.</summary>
/// <param name="Events">Each event's time and its text in the source's format.</param>
internal sealed record DemoEntity(IReadOnlyList<(DateTimeOffset Time, string Text)> Events)
{
    /// <summary>Whether the entity had begun by <paramref name="until"/> and was still going after <paramref name="after"/>.</summary>
    public bool Overlaps(DateTimeOffset after, DateTimeOffset until) => Events[0].Time <= until && Events[^1].Time > after;
}
