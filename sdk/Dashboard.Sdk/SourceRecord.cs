namespace Dashboard.Sdk;

/// <summary>A stored record as the host hands it to <see cref="IFigureCalculator.Compute"/>: every update merged.</summary>
public sealed record SourceRecord
{
    /// <summary>The id the plugin gave in <see cref="RecordUpdate.RecordId"/>.</summary>
    public required string Id { get; init; }

    /// <summary>When the record began (a call entered the queue, a complaint arrived), from <see cref="RecordRules.StartField"/>.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When it ended, from <see cref="RecordRules.EndField"/>; null while it is open.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Every field, start and end included; times in UTC; whole numbers as <see cref="long"/>.</summary>
    public required IReadOnlyDictionary<string, object?> Fields { get; init; }

    /// <summary>The field as text, or null when it is missing or not text.</summary>
    public string? GetString(string field) => Fields.GetValueOrDefault(field) as string;

    /// <summary>The field as a number (whole numbers too), or null when it is missing or not a number.</summary>
    public double? GetNumber(string field) => Fields.GetValueOrDefault(field) switch
    {
        double number => number,
        long number => number,
        _ => null,
    };

    /// <summary>The field as a point in time, or null when it is missing or not a time.</summary>
    public DateTimeOffset? GetTime(string field) => Fields.GetValueOrDefault(field) as DateTimeOffset?;

    /// <summary>The field as a flag, or null when it is missing or not a flag.</summary>
    public bool? GetBool(string field) => Fields.GetValueOrDefault(field) as bool?;
}
