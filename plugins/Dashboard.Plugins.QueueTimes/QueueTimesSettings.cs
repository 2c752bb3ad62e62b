using System.ComponentModel.DataAnnotations;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>An admin's settings for one queue-times collector.</summary>
public sealed class QueueTimesSettings : IValidatableObject
{
    /// <summary>The longest service point name accepted, so that it fits on a wall tile.</summary>
    public const int MaxServicePointNameLength = 60;

    /// <summary>Where the readings come from.</summary>
    [EnumDataType(typeof(QueueSource), ErrorMessage = "Unknown source; the only source so far is demo.")]
    public QueueSource Source { get; set; } = QueueSource.Demo;

    /// <summary>The service points to report, each becoming a <c>servicePoint</c> dimension.</summary>
    [Required(ErrorMessage = "List at least one service point.")]
    [MinLength(1, ErrorMessage = "List at least one service point.")]
    [MaxLength(50, ErrorMessage = "List at most 50 service points.")]
    public IList<string> ServicePoints { get; set; } = ["City hall", "Library", "Phone line"];

    /// <summary>The IANA time zone the service points keep their opening hours in.</summary>
    [Required(ErrorMessage = "Give a time zone, such as Europe/Helsinki.")]
    [TimeZoneId]
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <summary>Local hour the service points open (demo source).</summary>
    [Range(0, 23, ErrorMessage = "Give an hour from 0 to 23.")]
    public int OpensAtHour { get; set; } = 8;

    /// <summary>Local hour the service points close (demo source); after <see cref="OpensAtHour"/>.</summary>
    [Range(1, 24, ErrorMessage = "Give an hour from 1 to 24.")]
    public int ClosesAtHour { get; set; } = 17;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClosesAtHour <= OpensAtHour)
        {
            yield return new ValidationResult(
                $"Closing hour {ClosesAtHour} must come after opening hour {OpensAtHour}.",
                [nameof(OpensAtHour), nameof(ClosesAtHour)]);
        }

        if (ServicePoints.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("Service point names must not be blank.", [nameof(ServicePoints)]);
        }

        if (ServicePoints.Any(name => name?.Length > MaxServicePointNameLength))
        {
            yield return new ValidationResult(
                $"Service point names must be at most {MaxServicePointNameLength} characters.", [nameof(ServicePoints)]);
        }

        var duplicates = ServicePoints
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            yield return new ValidationResult(
                $"Service points must be unique; listed more than once: {string.Join(", ", duplicates)}.", [nameof(ServicePoints)]);
        }
    }
}
