using CsvHelper;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>
/// Reads CSV with CsvHelper: header-mapped, separator detected (comma, semicolon, tab or bar), one record per line so
/// that a stray quote spoils one row and not the rest of the file, CRLF and blank lines tolerated.
/// </summary>
internal static class CsvInput
{
    /// <summary>
    /// Reads <paramref name="text"/>: <paramref name="start"/> gets the header names and returns what to do with each
    /// row, or throws <see cref="InputException"/> when the header does not fit. Badly quoted rows are skipped as problems.
    /// </summary>
    public static void Read(CsvText text, string source, InputTally tally, Func<IReadOnlyList<string>, Action<CsvRow>> start)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed => tally.Skip(new InputPlace(source, text.FileLine(malformed.LineNumber))
                .Problem(null, $"The row is skipped: its quoting is malformed ({malformed.Reason}).")),
        };

        try
        {
            using var reader = CsvReader.FromText(text.Joined, options);
            var handle = start([.. reader.Headers.Select(header => header.Trim())]);
            while (reader.Read())
            {
                handle(new CsvRow(reader, new InputPlace(source, text.FileLine(reader.LineNumber))));
            }
        }
        catch (CsvFormatException exception)
        {
            throw new InputException(
                new InputPlace(source, text.FileLine(exception.LineNumber)).Problem(null, $"The CSV cannot be read: {exception.Message}"),
                exception);
        }
    }

    /// <summary>The index of the first header whose normalised name is one of <paramref name="names"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> headers, IEnumerable<string> names)
    {
        var normalised = headers.Select(FieldNames.Normalise).ToList();
        foreach (var name in names)
        {
            var index = normalised.IndexOf(name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }
}
