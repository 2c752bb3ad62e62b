using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Figures;

/// <summary>
/// A stored complaint as it stood at a moment: a reply or closing at or after that moment has not happened yet, so
/// figures computed for a past moment do not see the future.
/// </summary>
internal readonly record struct ComplaintView(DateTimeOffset Received, DateTimeOffset? FirstReply, DateTimeOffset? Closed, string Category)
{
    /// <summary>The complaints that had arrived before <paramref name="at"/>, as they stood then.</summary>
    public static List<ComplaintView> At(IEnumerable<SourceRecord> records, DateTimeOffset at) =>
    [
        .. records
            .Where(record => record.Start is { } start && start < at)
            .Select(record =>
            {
                var closed = Before(record.End, at);
                // A closing answers the complaint when no earlier reply is known (the parsers store it so too).
                var reply = Before(record.GetTime(ComplaintFields.FirstReply), at) ?? closed;
                return new ComplaintView(record.Start!.Value, reply, closed, record.GetString(ComplaintFields.Category) ?? ComplaintFields.NoCategory);
            }),
    ];

    /// <summary>Whether the complaint arrived in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool ArrivedIn(DateTimeOffset from, DateTimeOffset to) => Received >= from && Received < to;

    private static DateTimeOffset? Before(DateTimeOffset? time, DateTimeOffset at) => time < at ? time : null;
}
