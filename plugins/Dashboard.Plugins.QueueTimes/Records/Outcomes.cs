namespace Dashboard.Plugins.QueueTimes.Records;

/// <summary>The values of <see cref="QueueFields.Outcome"/>.</summary>
internal static class Outcomes
{
    /// <summary>Waiting in the queue.</summary>
    public const string Waiting = "waiting";

    /// <summary>A visitor called to a counter.</summary>
    public const string Called = "called";

    /// <summary>A visitor served to the end.</summary>
    public const string Served = "served";

    /// <summary>A visitor called who never came to the counter.</summary>
    public const string NoShow = "noShow";

    /// <summary>A visit removed from the queue before being served (the visitor left).</summary>
    public const string Removed = "removed";

    /// <summary>A call answered by a member (and later completed or transferred).</summary>
    public const string Answered = "answered";

    /// <summary>A caller who hung up or pressed a key to leave before being answered.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>A call the queue sent away: its timeout passed or no member was there.</summary>
    public const string Exited = "exited";
}
