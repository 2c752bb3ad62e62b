using Dashboard.Plugins.Feedback;
using Dashboard.Plugins.Tests.Support;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackSettingsTests : NamedListSettingsTests<FeedbackPlugin>
{
    protected override string ListSetting => "channels";

    protected override (string One, string Many) Item => ("channel", "channels");

    protected override IReadOnlyList<string> DefaultNames => ["Desk", "Phone", "Email"];

    protected override string SampleName => "Desk";
}
