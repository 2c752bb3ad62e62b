using CsvHelper;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Reads answers from UTF-8 CSV with CsvHelper: RFC 4180 quoting, a header line first, columns in any order, extra
/// columns ignored, blank lines skipped, a byte order mark tolerated, the separator (comma, semicolon, tab or bar)
/// detected from the header unless the settings name one. A header without a column for a required field refuses the
/// whole input; a line that cannot be used (bad quoting, a bad value) is skipped with a problem naming its line and column.
/// </summary>
internal sealed class FeedbackCsvParser(FeedbackSettings settings, TimeZoneInfo timeZone)
{
    private readonly AnswerReader _reader = new(settings, timeZone);

    /// <summary>
    /// Parses <paramref name="csv"/>, whose first non-blank line is the header. Line numbers in problems are the
    /// input's own plus <paramref name="lineOffset"/>, so that a later part of a file read behind its header line is
    /// reported at the file's line numbers.
    /// </summary>
    /// <exception cref="InputException">The header lacks a required column, or the CSV cannot be read on.</exception>
    public ParsedAnswers Parse(ReadOnlyMemory<byte> csv, string source, int lineOffset = 0)
    {
        var problems = new List<InputProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = string.IsNullOrEmpty(settings.CsvDelimiter) ? null : settings.CsvDelimiter[0],
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => problems.Add(new InputPlace(source, (int)record.LineNumber + lineOffset).Problem(null, Explain(record.Reason))),
        };

        var updates = new List<RecordUpdate>();
        using var reader = CsvReader.Create(csv, options);
        try
        {
            var columns = MapColumns(reader.Headers, new InputPlace(source, 1 + lineOffset));
            if (columns is null)
            {
                return ParsedAnswers.Empty;
            }

            while (reader.Read())
            {
                var place = new InputPlace(source, (int)reader.LineNumber + lineOffset);
                var raw = new RawAnswer();
                var empty = true;
                foreach (var (field, (index, name)) in columns)
                {
                    var text = index < reader.FieldCount ? reader.GetString(index) : null;
                    empty &= string.IsNullOrWhiteSpace(text);
                    raw.Set(field, name, text);
                }

                if (empty)
                {
                    continue;
                }

                var (update, problem) = _reader.Read(raw, place);
                if (update is not null)
                {
                    updates.Add(update);
                }
                else
                {
                    problems.Add(problem!);
                }
            }
        }
        catch (CsvFormatException exception)
        {
            throw new InputException(
                new InputPlace(source, (int)Math.Max(1, exception.LineNumber) + lineOffset).Problem(null, $"The CSV cannot be read on from here: {exception.Message}"),
                exception);
        }

        return new ParsedAnswers(updates, [.. problems.OrderBy(problem => problem.Line)]);
    }

    /// <summary>The column of each field the header has; null for an input without any line.</summary>
    private Dictionary<AnswerField, (int Index, string Name)>? MapColumns(IReadOnlyList<string> header, InputPlace place)
    {
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = header.Count - 1; index >= 0; index--)
        {
            byName[FeedbackColumns.Normalise(header[index])] = index;
        }

        var columns = new Dictionary<AnswerField, (int Index, string Name)>();
        foreach (var field in Enum.GetValues<AnswerField>())
        {
            var names = settings.Columns.NamesFor(field);
            var match = names
                .Select(name => byName.TryGetValue(FeedbackColumns.Normalise(name), out var index) ? index : -1)
                .FirstOrDefault(index => index >= 0, -1);
            if (match >= 0)
            {
                columns[field] = (match, header[match]);
            }
            else if (AnswerReader.RequiredFields.Contains(field))
            {
                throw new InputException(place.Problem(
                    _reader.ExpectedName(field),
                    $"The header has no column for the {AnswerReader.Describe(field)}; expected one of: {string.Join(", ", names)}. "
                    + $"The header has: {string.Join(", ", header.Take(30))}."));
            }
        }

        return columns;
    }

    private static string Explain(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A quote inside an unquoted field; quote the whole field and double any quote inside it.",
        CsvMalformedReason.TextAfterClosingQuote => "Text after the closing quote of a field; quote the whole field and double any quote inside it.",
        CsvMalformedReason.UnterminatedQuote => "A quoted field is never closed; the rest of the input was read into it and skipped.",
        _ => $"The line is malformed ({reason}) and was skipped.",
    };
}
