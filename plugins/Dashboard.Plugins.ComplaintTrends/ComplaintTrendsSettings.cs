using System.ComponentModel.DataAnnotations;
using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>An admin's settings for one complaint-trends collector; its time zone's midnight starts "today".</summary>
public sealed class ComplaintTrendsSettings() : NamedListSettings<ComplaintSource>(nameof(Categories), "Category", "Categories")
{
    /// <summary>The complaint categories to report, each becoming a <c>category</c> dimension.</summary>
    [Required(ErrorMessage = "List at least one category.")]
    [MinLength(1, ErrorMessage = "List at least one category.")]
    [MaxLength(50, ErrorMessage = "List at most 50 categories.")]
    public IList<string> Categories { get; set; } = ["Waiting times", "Staff conduct", "Digital services", "Premises"];

    private protected override IList<string> Names => Categories;
}
