using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>An admin's settings for one queue-times collector; the service points keep their opening hours in its time zone.</summary>
public sealed class QueueTimesSettings : NamedListSettings<QueueSource>
{
    /// <summary>The service points to report, each becoming a <c>servicePoint</c> dimension.</summary>
    [NameList("service point", "service points")]
    public IList<string> ServicePoints { get; set; } = ["City hall", "Library", "Phone line"];

    /// <summary>Local hour the service points open (demo source).</summary>
    // The opening hours come after the base class's time zone, as an admin reads them.
    [JsonPropertyOrder(1)]
    [Range(0, 23, ErrorMessage = "Give an hour from 0 to 23.")]
    public int OpensAtHour { get; set; } = 8;

    /// <summary>Local hour the service points close (demo source); after <see cref="OpensAtHour"/>.</summary>
    [JsonPropertyOrder(1)]
    [Range(1, 24, ErrorMessage = "Give an hour from 1 to 24.")]
    public int ClosesAtHour { get; set; } = 17;

    private protected override IEnumerable<ValidationResult> ValidateOwnSettings()
    {
        if (ClosesAtHour <= OpensAtHour)
        {
            yield return new ValidationResult(
                $"Closing hour {ClosesAtHour} must come after opening hour {OpensAtHour}.",
                [nameof(OpensAtHour), nameof(ClosesAtHour)]);
        }
    }
}
