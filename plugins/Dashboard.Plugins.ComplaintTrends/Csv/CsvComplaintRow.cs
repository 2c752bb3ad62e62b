using CsvHelper;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Csv;

/// <summary>
/// One row of a complaint export as a <see cref="Complaint"/>. The row is the complaint's whole state, so its time
/// (<see cref="Complaint.AsOf"/>) is the latest time in it: a later export of the same complaint, with a reply or a
/// closing added, wins over an earlier one.
/// </summary>
internal sealed class CsvComplaintRow(CsvColumnNames columns, int[] indexes, TimeZoneInfo zone)
{
    /// <summary>How many columns, first in <see cref="CsvColumnNames.All"/>, every export must have (id and received).</summary>
    public const int RequiredColumns = 2;

    private const int Id = 0, Received = 1, FirstReply = 2, Closed = 3, Category = 4, Channel = 5, ServicePoint = 6;

    /// <summary>The complaint in the reader's current row, or the column at fault and what is wrong.</summary>
    public (Complaint? Complaint, string? Field, string? Message) Read(CsvReader reader)
    {
        var id = Text(reader, Id);
        if (id is null)
        {
            return Fail(Id, "is empty; every complaint needs its id");
        }

        if (id.Length > RecordRules.MaxIdLength)
        {
            return Fail(Id, $"is {id.Length} characters long; at most {RecordRules.MaxIdLength} are accepted");
        }

        var times = new DateTimeOffset?[Closed + 1];
        foreach (var column in new[] { Received, FirstReply, Closed })
        {
            var text = Text(reader, column);
            if (text is null)
            {
                continue;
            }

            if (!LocalTimes.TryParse(text, zone, out var time))
            {
                return Fail(column, $"'{(text.Length <= 40 ? text : text[..40] + "...")}' is not a date and time in {LocalTimes.FirstYear}-{LocalTimes.LastYear}; {LocalTimes.Expected}");
            }

            times[column] = time;
        }

        if (times[Received] is not { } received)
        {
            return Fail(Received, "is empty; every complaint needs the time it arrived");
        }

        if (times[FirstReply] < received || times[Closed] < received)
        {
            return Fail(times[FirstReply] < received ? FirstReply : Closed, $"is before '{columns.Received}'");
        }

        var closed = times[Closed];
        var reply = times[FirstReply] is { } given && (closed is null || given <= closed) ? given : closed;
        return (new Complaint
        {
            Id = id,
            AsOf = new[] { received, reply ?? received, closed ?? received }.Max(),
            Received = received,
            FirstReply = reply,
            Closed = closed,
            Category = Complaint.Name(Text(reader, Category)) ?? ComplaintFields.NoCategory,
            Channel = Complaint.Name(Text(reader, Channel)),
            ServicePoint = Complaint.Name(Text(reader, ServicePoint)),
        }, null, null);
    }

    private string? Text(CsvReader reader, int column)
    {
        var index = indexes[column];
        var text = index < 0 || index >= reader.FieldCount ? null : reader.GetString(index)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private (Complaint?, string?, string?) Fail(int column, string message) => (null, columns.All[column].Header, message);
}
