using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>An admin's settings for one feedback collector. Every setting has a default, so <c>{}</c> runs the demo.</summary>
public sealed class FeedbackSettings : IValidatableObject
{
    /// <summary>The fewest answers a percentage figure may rest on, unless the admin says otherwise.</summary>
    public const int DefaultMinimumAnswers = 10;

    /// <summary>Where scheduled reads take answers from; pushed events are accepted whatever the source.</summary>
    [JsonPropertyOrder(-1)]
    public FeedbackSource Source { get; set; }

    /// <summary>The folder of CSV exports (source csvFolder).</summary>
    public string? Folder { get; set; }

    /// <summary>Which files of <see cref="Folder"/> are read, e.g. <c>*.csv</c>.</summary>
    [Required(ErrorMessage = "Give a file pattern, such as *.csv.")]
    public string FilePattern { get; set; } = "*.csv";

    /// <summary>
    /// The URL polled (source jsonUrl). <c>{startDate}</c> is replaced by the local date to read from (yyyy-MM-dd) and
    /// <c>{since}</c> by the time of the newest answer read so far (ISO 8601, UTC).
    /// </summary>
    public string? Url { get; set; }

    /// <summary>Extra request headers for <see cref="Url"/>, such as <c>X-HON-API-Token</c>; never logged.</summary>
    [Secret]
    public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();

    /// <summary>The CSV field delimiter; empty to detect it from the header line (comma, semicolon, tab or bar).</summary>
    [StringLength(1, ErrorMessage = "The CSV delimiter is one character, such as ; or leave it empty to detect it.")]
    public string? CsvDelimiter { get; set; }

    /// <summary>Which columns or properties hold each piece of an answer.</summary>
    public FeedbackColumns Columns { get; set; } = new();

    /// <summary>The scale of answers whose input says none (no scale column, or an empty one).</summary>
    public AnswerScale DefaultScale { get; set; } = AnswerScale.Smiley;

    /// <summary>
    /// Read times that carry an offset or Z as local times anyway, for exports that label local time as UTC.
    /// </summary>
    public bool IgnoreTimeOffset { get; set; }

    /// <summary>Names for service point ids, e.g. <c>{ "390": "Library" }</c>; these points are always reported.</summary>
    public IDictionary<string, string> ServicePointNames { get; set; } = new Dictionary<string, string>();

    /// <summary>The fewest answers a percentage figure is shown for; below it the figure reads "too few answers".</summary>
    [Range(1, 100_000, ErrorMessage = "The minimum number of answers must be between 1 and 100000.")]
    public int MinimumAnswers { get; set; } = DefaultMinimumAnswers;

    /// <summary>The local hour service points open (also when the demo terminal starts taking presses).</summary>
    [Range(0, 23, ErrorMessage = "Opening time is an hour from 0 to 23.")]
    public int OpensAt { get; set; } = 8;

    /// <summary>The local hour service points close.</summary>
    [Range(1, 24, ErrorMessage = "Closing time is an hour from 1 to 24.")]
    public int ClosesAt { get; set; } = 17;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Source))
        {
            yield return new ValidationResult("Unknown source; use demo, csvFolder, jsonUrl or push.", [nameof(Source)]);
        }

        if (Source == FeedbackSource.CsvFolder && string.IsNullOrWhiteSpace(Folder))
        {
            yield return new ValidationResult("Give the folder of CSV files to read when the source is csvFolder.", [nameof(Folder)]);
        }

        if (Source == FeedbackSource.JsonUrl && !IsHttpUrl(Url))
        {
            yield return new ValidationResult("Give an absolute http or https URL to poll when the source is jsonUrl.", [nameof(Url)]);
        }

        if (OpensAt >= ClosesAt)
        {
            yield return new ValidationResult($"Service points must open before they close; opensAt is {OpensAt} and closesAt {ClosesAt}.", [nameof(OpensAt)]);
        }

        foreach (var field in Enum.GetValues<AnswerField>())
        {
            var names = Columns?.NamesFor(field);
            if (names is null || names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
            {
                yield return new ValidationResult(
                    $"Give at least one non-blank column name for the {field.ToString().ToLowerInvariant()} column (columns.{JsonName(field)}).",
                    [nameof(Columns)]);
            }
        }

        if (ServicePointNames.Any(pair => string.IsNullOrWhiteSpace(pair.Value)))
        {
            yield return new ValidationResult("Service point names must not be blank.", [nameof(ServicePointNames)]);
        }
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string JsonName(AnswerField field) => char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..];
}
