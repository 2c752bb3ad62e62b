using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>An admin's settings for one feedback collector.</summary>
public sealed class FeedbackSettings : NamedListSettings<FeedbackSource>
{
    /// <summary>The feedback channels to report, each becoming a <c>channel</c> dimension.</summary>
    [NameList("channel", "channels")]
    public IList<string> Channels { get; set; } = ["Desk", "Phone", "Email"];
}
