using System.ComponentModel.DataAnnotations;

namespace Dashboard.Plugins.Feedback;

/// <summary>An admin's settings for one feedback collector.</summary>
public sealed class FeedbackSettings : IValidatableObject
{
    /// <summary>The longest channel name accepted, so that it fits on a wall tile.</summary>
    public const int MaxChannelNameLength = 60;

    /// <summary>Where the feedback comes from.</summary>
    [EnumDataType(typeof(FeedbackSource), ErrorMessage = "Unknown source; the only source so far is demo.")]
    public FeedbackSource Source { get; set; } = FeedbackSource.Demo;

    /// <summary>The feedback channels to report, each becoming a <c>channel</c> dimension.</summary>
    [Required(ErrorMessage = "List at least one channel.")]
    [MinLength(1, ErrorMessage = "List at least one channel.")]
    [MaxLength(50, ErrorMessage = "List at most 50 channels.")]
    public IList<string> Channels { get; set; } = ["Desk", "Phone", "Email"];

    /// <summary>The IANA time zone of the service day the feedback follows.</summary>
    [Required(ErrorMessage = "Give a time zone, such as Europe/Helsinki.")]
    [TimeZoneId]
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Channels.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("Channel names must not be blank.", [nameof(Channels)]);
        }

        if (Channels.Any(name => name?.Length > MaxChannelNameLength))
        {
            yield return new ValidationResult($"Channel names must be at most {MaxChannelNameLength} characters.", [nameof(Channels)]);
        }

        var duplicates = Channels
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            yield return new ValidationResult(
                $"Channels must be unique; listed more than once: {string.Join(", ", duplicates)}.", [nameof(Channels)]);
        }
    }
}
