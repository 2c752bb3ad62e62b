using CsvHelper;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Csv;

/// <summary>
/// Reads a complaint export with a header row (RFC 4180 quoting, UTF-8). Columns are found by the names in
/// <see cref="CsvColumnNames"/>, ignoring case and surrounding spaces, wherever they stand; other columns are ignored.
/// A row that cannot be used is skipped and reported with its line and column; an input without the id or received
/// column is refused as a whole.
/// </summary>
internal sealed class ComplaintCsvParser(CsvColumnNames columns, char separator, TimeZoneInfo zone)
{
    /// <summary>Parses <paramref name="csv"/>, returning only the rows that start at or after byte <paramref name="fromByte"/>.</summary>
    /// <exception cref="InputException">A required column is missing, or the header cannot be read.</exception>
    public CsvComplaints Parse(ReadOnlyMemory<byte> csv, string source, long fromByte = 0)
    {
        var problems = new List<InputProblem>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed =>
            {
                if (malformed.ByteOffset >= fromByte)
                {
                    problems.Add(new InputProblem { Source = source, Line = Line(malformed.LineNumber), Message = Describe(malformed.Reason) });
                }
            },
        };

        var complaints = new List<Complaint>();
        try
        {
            using var reader = CsvReader.Create(csv, options);
            if (reader.Headers.Count == 0)
            {
                return new CsvComplaints([], []);
            }

            var row = new CsvComplaintRow(columns, Indexes(reader, source), zone);
            while (reader.Read())
            {
                if (reader.ByteOffset < fromByte)
                {
                    continue;
                }

                var (complaint, field, message) = row.Read(reader);
                if (complaint is not null)
                {
                    complaints.Add(complaint);
                }
                else
                {
                    problems.Add(new InputProblem { Source = source, Line = Line(reader.LineNumber), Field = field, Message = message! });
                }
            }
        }
        catch (CsvFormatException exception)
        {
            throw new InputException(
                new InputProblem { Source = source, Line = exception.LineNumber > 0 ? Line(exception.LineNumber) : null, Message = exception.Message },
                exception);
        }

        return new CsvComplaints(complaints, problems);
    }

    private int[] Indexes(CsvReader reader, string source)
    {
        var indexes = columns.All.Select(column => reader.TryGetFieldIndex(column.Header.Trim(), out var index) ? index : -1).ToArray();
        foreach (var (column, position) in columns.All.Take(CsvComplaintRow.RequiredColumns).Select((column, position) => (column, position)))
        {
            if (indexes[position] < 0)
            {
                throw new InputException(new InputProblem
                {
                    Source = source,
                    Line = 1,
                    Field = column.Header,
                    Message = $"the header has no column '{column.Header}' (setting csvColumns.{char.ToLowerInvariant(column.Setting[0])}{column.Setting[1..]}); "
                        + $"it has: {string.Join(", ", reader.Headers.Select(header => $"'{header.Trim()}'"))}",
                });
            }
        }

        return indexes;
    }

    private static int Line(long line) => (int)Math.Clamp(line, 1, int.MaxValue);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; quote the whole field and double the quotes inside it",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed, so the rest of the input is one field",
        _ => $"the row is malformed ({reason})",
    };
}
