using System.Text.RegularExpressions;

namespace Dashboard.Sdk;

/// <summary>
/// The rules every record update must follow. The host applies them before storing, and the plugin test harness applies
/// the same ones, so a plugin's tests fail where the host would refuse.
/// </summary>
public static partial class RecordRules
{
    /// <summary>The field holding when a record began; a <see cref="DateTimeOffset"/>.</summary>
    public const string StartField = "start";

    /// <summary>The field holding when a record ended; a <see cref="DateTimeOffset"/>, null while open.</summary>
    public const string EndField = "end";

    /// <summary>The longest record id accepted.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The most fields one update may set.</summary>
    public const int MaxFieldCount = 64;

    /// <summary>The longest text value accepted.</summary>
    public const int MaxTextLength = 4_000;

    /// <summary>Every problem with <paramref name="update"/>, each written for the plugin's author; empty when it follows the rules.</summary>
    public static IReadOnlyList<string> CheckUpdate(RecordUpdate? update)
    {
        if (update is null)
        {
            return ["A record update is null."];
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(update.RecordId) || update.RecordId.Length > MaxIdLength)
        {
            problems.Add($"Record id '{update.RecordId}' must be 1 to {MaxIdLength} characters and not blank.");
        }

        if (update.Fields is null)
        {
            problems.Add($"Record '{update.RecordId}' has no field dictionary.");
            return problems;
        }

        if (update.Fields.Count > MaxFieldCount)
        {
            problems.Add($"Record '{update.RecordId}' sets {update.Fields.Count} fields; at most {MaxFieldCount} are accepted.");
        }

        foreach (var (name, value) in update.Fields)
        {
            var problem = CheckField(name, value);
            if (problem is not null)
            {
                problems.Add($"Record '{update.RecordId}', field '{name}': {problem}");
            }
        }

        return problems;
    }

    /// <summary>Every update follows <see cref="RecordRules.CheckUpdate"/>; every problem names its source.</summary>
    public static IReadOnlyList<string> CheckBatch(RecordBatch? batch)
    {
        if (batch is null)
        {
            return ["The plugin returned a null batch; return an empty RecordBatch when there is nothing new."];
        }

        var problems = new List<string>();
        if (batch.Updates is null || batch.Problems is null)
        {
            problems.Add("RecordBatch.Updates and RecordBatch.Problems must not be null.");
            return problems;
        }

        problems.AddRange(batch.Updates.SelectMany(CheckUpdate));
        problems.AddRange(batch.Problems
            .Where(problem => problem is null || string.IsNullOrWhiteSpace(problem.Source) || string.IsNullOrWhiteSpace(problem.Message))
            .Select(_ => "An input problem is null or has no source or message; name the file or request and say what is wrong."));
        return problems;
    }

    /// <summary>
    /// Whether <paramref name="record"/> belongs to the records read for [<paramref name="from"/>, <paramref name="to"/>):
    /// it started before <paramref name="to"/> and had not ended before <paramref name="from"/>. A record without a
    /// start is not in any window yet.
    /// </summary>
    public static bool Overlaps(SourceRecord record, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Start is { } start && start < to && (record.End is not { } end || end >= from);
    }

    /// <summary>The value as stored: int widened to long, times moved to UTC; other accepted values unchanged.</summary>
    public static object? Normalise(object? value) => value switch
    {
        int number => (long)number,
        DateTimeOffset time => time.ToUniversalTime(),
        _ => value,
    };

    private static string? CheckField(string name, object? value)
    {
        if (name is null || !FieldNamePattern().IsMatch(name))
        {
            return "field names are 1 to 64 letters, digits and underscores, starting with a letter.";
        }

        if (name is StartField or EndField && value is not (null or DateTimeOffset))
        {
            return $"'{name}' must be a DateTimeOffset or null, not {value!.GetType().Name}.";
        }

        return value switch
        {
            null or bool or long or int or DateTimeOffset => null,
            double number when !double.IsFinite(number) => $"{number} is not a finite number.",
            double => null,
            string text when text.Length > MaxTextLength => $"text of {text.Length} characters is longer than {MaxTextLength}.",
            string => null,
            _ => $"values of type {value.GetType().Name} are not accepted; use string, double, long, bool, DateTimeOffset or null.",
        };
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex FieldNamePattern();
}
