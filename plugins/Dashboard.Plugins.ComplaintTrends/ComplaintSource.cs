namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Where complaint figures come from. Real sources (case system exports, APIs) join the demo later.</summary>
public enum ComplaintSource
{
    /// <summary>Generated, plausible values that drift slowly and follow the working week; no external system needed.</summary>
    Demo,
}
