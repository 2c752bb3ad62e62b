using System.ComponentModel.DataAnnotations;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>An admin's settings for one queue-times collector. Times of day are in the collector's time zone.</summary>
public sealed class QueueTimesSettings : IValidatableObject
{
    /// <summary>The names the demo simulates when <see cref="ServicePoints"/> is empty.</summary>
    public static readonly IReadOnlyList<string> DemoServicePoints = ["City hall", "Library"];

    /// <summary>The names the demo simulates when <see cref="Queues"/> is empty.</summary>
    public static readonly IReadOnlyList<string> DemoQueues = ["Phone line"];

    private const int MaxNameLength = 100;

    /// <summary>What is read on schedule; pushed input is accepted with every source.</summary>
    public QueueSource Source { get; set; }

    /// <summary>The queue_log file (<see cref="QueueSource.QueueLogFile"/>) or its CSV export (<see cref="QueueSource.QueueLogCsv"/>).</summary>
    public string? Path { get; set; }

    /// <summary>The folder of visit CSV files (<see cref="QueueSource.VisitsCsvFolder"/>).</summary>
    public string? Folder { get; set; }

    /// <summary>Which files of <see cref="Folder"/> are read.</summary>
    [Required(ErrorMessage = "Give a file pattern such as *.csv.")]
    public string FilePattern { get; set; } = "*.csv";

    /// <summary>The column names of a queue_log CSV export, pushed or read.</summary>
    public QueueLogColumns QueueLogColumns { get; set; } = new();

    /// <summary>
    /// Whether a queue_log export's times without an offset are UTC: Asterisk writes the queue_log table in the server's
    /// local time unless logger.conf sets <c>queue_log_realtime_use_gmt = yes</c>. False reads them in the collector's time zone.
    /// </summary>
    public bool QueueLogTimesInUtc { get; set; }

    /// <summary>Service points (branches, offices) always reported, so their tiles read "closed" at night even when nothing happened.</summary>
    public IList<string> ServicePoints { get; set; } = [];

    /// <summary>Phone queues always reported, like <see cref="ServicePoints"/>.</summary>
    public IList<string> Queues { get; set; } = [];

    /// <summary>How open and closed are decided.</summary>
    public OpenState OpenState { get; set; }

    /// <summary>Local hour the service opens (<see cref="OpenState.OpeningHours"/> and the demo).</summary>
    [Range(0, 23, ErrorMessage = "Give an hour from 0 to 23.")]
    public int OpensAtHour { get; set; } = 8;

    /// <summary>Local hour the service closes (<see cref="OpenState.OpeningHours"/> and the demo).</summary>
    [Range(1, 24, ErrorMessage = "Give an hour from 1 to 24.")]
    public int ClosesAtHour { get; set; } = 17;

    /// <summary>A call answered within this many seconds counts as within the service level.</summary>
    [Range(1, 3600, ErrorMessage = "Give a call answer target from 1 to 3600 seconds.")]
    public int CallTargetSeconds { get; set; } = 20;

    /// <summary>A visitor called within this many minutes counts as within the service level.</summary>
    [Range(1, 600, ErrorMessage = "Give a visit call target from 1 to 600 minutes.")]
    public int VisitTargetMinutes { get; set; } = 15;

    /// <summary>Whether abandoned (and timed-out) waits count in the service level's denominator.</summary>
    public bool ServiceLevelCountsAbandoned { get; set; } = true;

    /// <summary>Abandons after a shorter wait than this are ignored in every figure; 0 keeps them all.</summary>
    [Range(0, 600, ErrorMessage = "Give from 0 (off) to 600 seconds.")]
    public int ShortAbandonSeconds { get; set; }

    /// <summary>A wait with no news for this many hours is taken as lost (a queue reset, a restart) and no longer counted as waiting.</summary>
    [Range(1, 72, ErrorMessage = "Give from 1 to 72 hours.")]
    public int StaleWaitHours { get; set; } = 12;

    /// <summary>The time zone of a queue_log export's times without an offset.</summary>
    internal TimeZoneInfo QueueLogZone(TimeZoneInfo collectorZone) => QueueLogTimesInUtc ? TimeZoneInfo.Utc : collectorZone;

    /// <summary>The service points reported even without records: the configured ones, or the demo's when the demo runs.</summary>
    internal IReadOnlyList<string> ListedServicePoints() =>
        Source == QueueSource.Demo && ServicePoints.Count == 0 ? DemoServicePoints : [.. ServicePoints];

    /// <summary>The phone queues reported even without records, as <see cref="ListedServicePoints"/>.</summary>
    internal IReadOnlyList<string> ListedQueues() =>
        Source == QueueSource.Demo && Queues.Count == 0 ? DemoQueues : [.. Queues];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Source))
        {
            yield return new ValidationResult(
                "Unknown source; use demo, queueLogFile, queueLogCsv, visitsCsvFolder or push.", [nameof(Source)]);
        }

        if (Source is QueueSource.QueueLogFile or QueueSource.QueueLogCsv && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult($"The {Camel(Source)} source needs the path of the file to read.", [nameof(Path)]);
        }

        if (Source == QueueSource.VisitsCsvFolder && string.IsNullOrWhiteSpace(Folder))
        {
            yield return new ValidationResult("The visitsCsvFolder source needs the folder to read.", [nameof(Folder)]);
        }

        if (ClosesAtHour <= OpensAtHour)
        {
            yield return new ValidationResult(
                $"Closing hour {ClosesAtHour} must come after opening hour {OpensAtHour}.", [nameof(OpensAtHour), nameof(ClosesAtHour)]);
        }

        foreach (var result in ValidateNames(ServicePoints, "Service point", nameof(ServicePoints))
                     .Concat(ValidateNames(Queues, "Queue", nameof(Queues)))
                     .Concat(ValidateColumns()))
        {
            yield return result;
        }
    }

    private IEnumerable<ValidationResult> ValidateColumns()
    {
        if (QueueLogColumns is null)
        {
            yield return new ValidationResult("Give the queue_log column names as an object, or leave the setting out.", [nameof(QueueLogColumns)]);
            yield break;
        }

        foreach (var (setting, _) in QueueLogColumns.Named().Where(named => string.IsNullOrWhiteSpace(named.Column)))
        {
            yield return new ValidationResult($"queueLogColumns.{setting} must name a column, not be blank.", [nameof(QueueLogColumns)]);
        }
    }

    private static IEnumerable<ValidationResult> ValidateNames(IList<string>? names, string item, string member)
    {
        if (names is null)
        {
            yield return new ValidationResult($"{item} names must be a list; use [] for none.", [member]);
            yield break;
        }

        if (names.Any(name => string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength))
        {
            yield return new ValidationResult($"{item} names must not be blank nor longer than {MaxNameLength} characters.", [member]);
        }

        var duplicates = names.Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name.Trim(), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            yield return new ValidationResult($"{item} names must be unique; listed more than once: {string.Join(", ", duplicates)}.", [member]);
        }
    }

    private static string Camel(QueueSource source) => char.ToLowerInvariant(source.ToString()[0]) + source.ToString()[1..];
}
