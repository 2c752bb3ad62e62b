using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>An admin's settings for one complaint-trends collector; its time zone's midnight starts "today".</summary>
public sealed class ComplaintTrendsSettings : NamedListSettings<ComplaintSource>
{
    /// <summary>The complaint categories to report, each becoming a <c>category</c> dimension.</summary>
    [NameList("category", "categories")]
    public IList<string> Categories { get; set; } = ["Waiting times", "Staff conduct", "Digital services", "Premises"];
}
