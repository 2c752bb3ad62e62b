namespace Dashboard.Sdk;

/// <summary>One piece of input that could not be used, and where it is.</summary>
public sealed record InputProblem
{
    /// <summary>The file, URL or request the input came from.</summary>
    public required string Source { get; init; }

    /// <summary>1-based line in a line-based format (CSV, NDJSON, log files), when known.</summary>
    public int? Line { get; init; }

    /// <summary>0-based position in a JSON array, when the input is one.</summary>
    public int? Index { get; init; }

    /// <summary>The column or property at fault, when one is.</summary>
    public string? Field { get; init; }

    /// <summary>What is wrong, e.g. "'12:6x' is not a time; expected yyyy-MM-dd HH:mm:ss".</summary>
    public required string Message { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var place = Source;
        if (Line is { } line)
        {
            place += $", line {line}";
        }

        if (Index is { } index)
        {
            place += $", item {index}";
        }

        if (Field is { } field)
        {
            place += $", field '{field}'";
        }

        return $"{place}: {Message}";
    }
}
