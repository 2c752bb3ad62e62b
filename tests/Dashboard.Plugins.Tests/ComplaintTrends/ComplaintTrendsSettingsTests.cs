using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintTrendsSettingsTests : NamedListSettingsTests<ComplaintTrendsPlugin>
{
    protected override string ListSetting => "categories";

    protected override (string One, string Many) Item => ("category", "categories");

    protected override IReadOnlyList<string> DefaultNames => ["Waiting times", "Staff conduct", "Digital services", "Premises"];

    protected override string SampleName => "Noise";
}
