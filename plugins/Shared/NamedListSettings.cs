using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// The settings every built-in plugin shares: where readings come from, a list of names the admin gives (service
/// points, channels, categories), each becoming one dimension value, and the time zone of the service day. The derived
/// class declares the list itself, so that it keeps its own JSON name and messages.
/// </summary>
/// <typeparam name="TSource">The plugin's sources; the first value (demo) is the default.</typeparam>
/// <param name="listMember">The list property's name, e.g. <c>nameof(Channels)</c>, for the errors to name it.</param>
/// <param name="itemWord">How a message starts for one item, e.g. <c>Channel</c>.</param>
/// <param name="itemsWord">How a message starts for the items, e.g. <c>Channels</c>.</param>
public abstract class NamedListSettings<TSource>(string listMember, string itemWord, string itemsWord) : IValidatableObject
    where TSource : struct, Enum
{
    /// <summary>The longest name accepted, so that it fits on a wall tile.</summary>
    public const int MaxNameLength = 60;

    /// <summary>Where the readings come from.</summary>
    // Base class properties come after the derived ones by default; the source is what an admin reads first.
    [JsonPropertyOrder(-1)]
    public TSource Source { get; set; }

    /// <summary>The IANA time zone of the service day: its opening hours, local midnight and weekdays.</summary>
    [Required(ErrorMessage = "Give a time zone, such as Europe/Helsinki.")]
    [TimeZoneId]
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <summary>The configured names, each becoming one dimension value.</summary>
    private protected abstract IList<string> Names { get; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Source))
        {
            yield return new ValidationResult("Unknown source; the only source so far is demo.", [nameof(Source)]);
        }

        foreach (var result in ValidateOwnSettings())
        {
            yield return result;
        }

        foreach (var result in ValidateNames())
        {
            yield return result;
        }
    }

    /// <summary>Checks across the derived class's own settings; they come before the name checks.</summary>
    private protected virtual IEnumerable<ValidationResult> ValidateOwnSettings() => [];

    private IEnumerable<ValidationResult> ValidateNames()
    {
        if (Names.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult($"{itemWord} names must not be blank.", [listMember]);
        }

        if (Names.Any(name => name?.Length > MaxNameLength))
        {
            yield return new ValidationResult($"{itemWord} names must be at most {MaxNameLength} characters.", [listMember]);
        }

        var duplicates = Names
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            yield return new ValidationResult(
                $"{itemsWord} must be unique; listed more than once: {string.Join(", ", duplicates)}.", [listMember]);
        }
    }
}
