using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// The settings every built-in plugin shares: where readings come from, the time zone of the service day, and a list
/// of names the admin gives (service points, channels, categories), each becoming one dimension value. The derived
/// class declares that list itself, marked <see cref="NameListAttribute"/>, so that it keeps its own JSON name and words.
/// </summary>
/// <typeparam name="TSource">The plugin's sources; the first value (demo) is the default.</typeparam>
public abstract class NamedListSettings<TSource> : IValidatableObject
    where TSource : struct, Enum
{
    /// <summary>The longest name accepted, so that it fits on a wall tile.</summary>
    public const int MaxNameLength = 60;

    /// <summary>Where the readings come from.</summary>
    // A base class's properties follow the derived class's by default; the source is what an admin reads first.
    [JsonPropertyOrder(-1)]
    public TSource Source { get; set; }

    /// <summary>The IANA time zone of the service day: its opening hours, local midnight and weekdays.</summary>
    [Required(ErrorMessage = "Give a time zone, such as Europe/Helsinki.")]
    [TimeZoneId]
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Source))
        {
            yield return new ValidationResult("Unknown source; the only source so far is demo.", [nameof(Source)]);
        }

        foreach (var result in ValidateOwnSettings().Concat(ValidateNames()))
        {
            yield return result;
        }
    }

    /// <summary>Checks across the derived class's own settings; they come before the checks of the names.</summary>
    private protected virtual IEnumerable<ValidationResult> ValidateOwnSettings() => [];

    private IEnumerable<ValidationResult> ValidateNames()
    {
        var list = GetType().GetProperties().Single(property => property.IsDefined(typeof(NameListAttribute)));
        var words = list.GetCustomAttribute<NameListAttribute>()!;
        var names = (IList<string>)list.GetValue(this)!;
        if (names.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult($"{Capitalised(words.Item)} names must not be blank.", [list.Name]);
        }

        if (names.Any(name => name?.Length > MaxNameLength))
        {
            yield return new ValidationResult($"{Capitalised(words.Item)} names must be at most {MaxNameLength} characters.", [list.Name]);
        }

        var duplicates = names
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            yield return new ValidationResult(
                $"{Capitalised(words.Items)} must be unique; listed more than once: {string.Join(", ", duplicates)}.", [list.Name]);
        }
    }

    private static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
