namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>
/// CSV to read: the header line and a run of data lines that may start further down the file (an incremental read),
/// so that problems name the file's own line numbers.
/// </summary>
/// <param name="Header">The header line, without its line break.</param>
/// <param name="Body">Whole data lines, each ending in a line break.</param>
/// <param name="BodyFirstLine">The 1-based file line of the first line of <paramref name="Body"/>.</param>
internal sealed record CsvText(string Header, string Body, int BodyFirstLine)
{
    /// <summary>A whole CSV document: the header is its first line.</summary>
    public static CsvText Whole(string text)
    {
        var content = text.TrimStart('\uFEFF');
        var end = content.IndexOf('\n', StringComparison.Ordinal);
        return end < 0
            ? new CsvText(content.TrimEnd('\r'), string.Empty, 2)
            : new CsvText(content[..end].TrimEnd('\r'), content[(end + 1)..], 2);
    }

    /// <summary>The header and the body as one document for the CSV reader.</summary>
    public string Joined => $"{Header}\n{Body}";

    /// <summary>The file line of a line of <see cref="Joined"/>.</summary>
    public int FileLine(long joinedLine) => joinedLine <= 1 ? 1 : BodyFirstLine + (int)(joinedLine - 2);
}
