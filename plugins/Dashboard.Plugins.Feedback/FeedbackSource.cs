namespace Dashboard.Plugins.Feedback;

/// <summary>Where a feedback collector's scheduled reads take answers from. Pushed events are accepted with every source.</summary>
public enum FeedbackSource
{
    /// <summary>A simulated smiley terminal writing the same CSV a real export has; needs no external system.</summary>
    Demo,

    /// <summary>A watched folder of CSV exports, read incrementally.</summary>
    CsvFolder,

    /// <summary>A JSON (or CSV) URL polled on the collector's schedule, such as HappyOrNot's button-feedbacks endpoint.</summary>
    JsonUrl,

    /// <summary>Only pushed events; scheduled reads find nothing.</summary>
    Push,
}
