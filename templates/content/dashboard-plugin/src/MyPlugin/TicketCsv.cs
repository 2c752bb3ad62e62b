using System.Globalization;
using CsvHelper;
using Dashboard.Sdk;

namespace MyPlugin;

/// <summary>
/// Reads tickets from CSV (<c>id,received,closed,category</c>; times ISO 8601 with an offset, closed empty while open)
/// into record updates. A line that cannot be used is skipped and named in the batch's problems.
/// </summary>
public static class TicketCsv
{
    /// <summary>The field holding the ticket's category.</summary>
    public const string CategoryField = "category";

    private static readonly string[] Columns = ["id", "received", "closed", "category"];

    /// <summary>Parses the data lines of UTF-8 <paramref name="csv"/> after the first <paramref name="linesAlreadyRead"/> of them.</summary>
    /// <exception cref="InputException">The header is missing a column, or the CSV cannot be read on.</exception>
    public static RecordBatch Parse(ReadOnlyMemory<byte> csv, string source, long linesAlreadyRead = 0)
    {
        var updates = new List<RecordUpdate>();
        var problems = new List<InputProblem>();
        var options = CsvReaderOptions.Default with { TrackLineNumbers = true, TrimWhitespace = true };
        using var reader = CsvReader.Create(csv, options);
        var columns = Columns.Select(name => IndexOf(reader.Headers, name)).ToArray();
        if (Array.IndexOf(columns, -1) is var missing and >= 0)
        {
            throw Problem(source, 1, Columns[missing], $"the header must name the columns {string.Join(",", Columns)}.");
        }

        long dataLines = 0;
        try
        {
            while (reader.Read())
            {
                dataLines++;
                if (dataLines <= linesAlreadyRead)
                {
                    continue;
                }

                try
                {
                    updates.Add(Ticket(reader, columns, source));
                }
                catch (InputException exception)
                {
                    problems.Add(exception.Problem);
                }
            }
        }
        catch (CsvFormatException exception)
        {
            throw new InputException(new InputProblem { Source = source, Line = (int)exception.LineNumber, Message = $"the CSV cannot be read on from here: {exception.Message}" }, exception);
        }

        return new RecordBatch { Updates = updates, Problems = problems, Checkpoint = dataLines.ToString(CultureInfo.InvariantCulture) };
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var index = 0; index < header.Count; index++)
        {
            if (string.Equals(header[index], name, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }

    private static string? Field(CsvReader reader, int[] columns, int column) =>
        columns[column] < reader.FieldCount ? reader.GetString(columns[column]) : null;

    private static RecordUpdate Ticket(CsvReader reader, int[] columns, string source)
    {
        var line = (int)reader.LineNumber;
        var id = Field(reader, columns, 0);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Problem(source, line, "id", "a ticket id is required.");
        }

        var received = Time(Field(reader, columns, 1), source, line, "received") ?? throw Problem(source, line, "received", "the time the ticket arrived is required.");
        var closed = Time(Field(reader, columns, 2), source, line, "closed");
        return new RecordUpdate
        {
            RecordId = id,
            AsOf = closed ?? received,
            Fields = new Dictionary<string, object?>
            {
                [RecordRules.StartField] = received,
                [RecordRules.EndField] = closed,
                [CategoryField] = Field(reader, columns, 3) is { Length: > 0 } category ? category : null,
            },
        };
    }

    private static DateTimeOffset? Time(string? text, string source, int line, string column)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Problem(source, line, column, $"'{text}' is not a time; expected ISO 8601 with an offset, e.g. 2026-03-02T09:15:00+02:00.");
    }

    private static InputException Problem(string source, int line, string field, string message) =>
        new(new InputProblem { Source = source, Line = line, Field = field, Message = message });
}
