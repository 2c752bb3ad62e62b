namespace Dashboard.Plugins.QueueTimes;

/// <summary>Where queue readings come from. Real sources (CSV exports, queue system APIs) join the demo later.</summary>
public enum QueueSource
{
    /// <summary>Generated, plausible values with a morning rush; no external system needed.</summary>
    Demo,
}
