using CsvHelper;

namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>The current row of a CSV reader, with its file line; fields are trimmed and blank fields read as null.</summary>
internal sealed class CsvRow(CsvReader reader, InputPlace place)
{
    /// <summary>Where the row is.</summary>
    public InputPlace Place { get; } = place;

    /// <summary>Field <paramref name="index"/>, or null when the row is shorter or the field blank.</summary>
    public string? Get(int index)
    {
        if (index < 0 || index >= reader.FieldCount)
        {
            return null;
        }

        var value = reader.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }
}
