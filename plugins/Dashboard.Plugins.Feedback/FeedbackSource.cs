namespace Dashboard.Plugins.Feedback;

/// <summary>Where feedback comes from. Real sources (survey exports, kiosk events) join the demo later.</summary>
public enum FeedbackSource
{
    /// <summary>Generated, plausible values that dip during the morning rush; no external system needed.</summary>
    Demo,
}
