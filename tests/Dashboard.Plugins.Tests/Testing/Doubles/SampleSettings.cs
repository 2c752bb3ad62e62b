using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Dashboard.Plugins.Tests.Testing.Doubles;

public sealed class SampleSettings : IValidatableObject
{
    [Required(ErrorMessage = "Give a name.")]
    public string? Name { get; set; }

    [Range(1, 10, ErrorMessage = "Give a count from 1 to 10.")]
    public int Count { get; set; } = 1;

    public SampleMode Mode { get; set; } = SampleMode.Fast;

    public IList<string> Tags { get; set; } = [];

    [JsonPropertyName("max_items")]
    public int MaxItems { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == SampleMode.Careful && Count > 5)
        {
            yield return new ValidationResult("Careful mode handles at most 5.", [nameof(Mode), nameof(Count)]);
        }
    }
}
