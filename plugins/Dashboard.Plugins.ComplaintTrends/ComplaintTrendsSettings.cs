using System.ComponentModel.DataAnnotations;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>An admin's settings for one complaint-trends collector.</summary>
public sealed class ComplaintTrendsSettings : IValidatableObject
{
    /// <summary>The longest category name accepted, so that it fits on a wall tile.</summary>
    public const int MaxCategoryNameLength = 60;

    /// <summary>Where the complaint figures come from.</summary>
    [EnumDataType(typeof(ComplaintSource), ErrorMessage = "Unknown source; the only source so far is demo.")]
    public ComplaintSource Source { get; set; } = ComplaintSource.Demo;

    /// <summary>The complaint categories to report, each becoming a <c>category</c> dimension.</summary>
    [Required(ErrorMessage = "List at least one category.")]
    [MinLength(1, ErrorMessage = "List at least one category.")]
    [MaxLength(50, ErrorMessage = "List at most 50 categories.")]
    public IList<string> Categories { get; set; } = ["Waiting times", "Staff conduct", "Digital services", "Premises"];

    /// <summary>The IANA time zone whose midnight starts "today" and whose weekdays shape the demo.</summary>
    [Required(ErrorMessage = "Give a time zone, such as Europe/Helsinki.")]
    [TimeZoneId]
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Categories.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("Category names must not be blank.", [nameof(Categories)]);
        }

        if (Categories.Any(name => name?.Length > MaxCategoryNameLength))
        {
            yield return new ValidationResult($"Category names must be at most {MaxCategoryNameLength} characters.", [nameof(Categories)]);
        }

        var duplicates = Categories
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            yield return new ValidationResult(
                $"Categories must be unique; listed more than once: {string.Join(", ", duplicates)}.", [nameof(Categories)]);
        }
    }
}
