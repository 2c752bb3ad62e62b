using System.Text;
using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.ComplaintTrends.Csv;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintCsvParserTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public void Parse_DefaultColumns_ReadsEveryField()
    {
        var result = Parse("""
            id,received,first reply,closed,category,channel,service point
            C-1,2026-03-02 09:15,2026-03-02 11:00,2026-03-04 14:30,Waiting times,web form,Central library
            C-2,2026-03-02T10:00:00+02:00,,,Staff conduct,phone,
            """);

        Assert.Empty(result.Problems);
        var (first, second) = (result.Complaints[0], result.Complaints[1]);
        Assert.Equal("C-1", first.Id);
        Assert.Equal(LocalClock.MondayAt(9, 15), first.Received);
        Assert.Equal(LocalClock.MondayAt(11), first.FirstReply);
        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 3, 4), 14, 30), first.Closed);
        Assert.Equal(("Waiting times", "web form", "Central library"), (first.Category, first.Channel, first.ServicePoint));
        // The row is the complaint's state as of its latest time.
        Assert.Equal(first.Closed, first.AsOf);
        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)null, (string?)null), (second.FirstReply, second.Closed, second.ServicePoint));
        Assert.Equal(second.Received, second.AsOf);
    }

    [Fact]
    public void Parse_RenamedColumnsInAnotherOrderWithSemicolonsAndFinnishDates_ReadsThemByName()
    {
        var columns = new CsvColumnNames { Id = "Tunnus", Received = "Saapunut", FirstReply = "Vastattu", Closed = "Suljettu", Category = "Aihe" };
        var result = new ComplaintCsvParser(columns, ';', Helsinki).Parse(Bytes("""
            Aihe ; SULJETTU;Tunnus;Saapunut;Vastattu;Muuta
            "Aukioloajat; viikonloppu";;K-7;2.3.2026 9:15;2.3.2026 12:00;ohitetaan
            """), "export.csv");

        var complaint = Assert.Single(result.Complaints);
        Assert.Equal(("K-7", "Aukioloajat; viikonloppu"), (complaint.Id, complaint.Category));
        Assert.Equal(LocalClock.MondayAt(9, 15), complaint.Received);
        Assert.Equal(LocalClock.MondayAt(12), complaint.FirstReply);
        Assert.Null(complaint.Channel);
    }

    [Fact]
    public void Parse_QuotedFieldsWithSeparatorsLineBreaksAndAByteOrderMark_AreRead()
    {
        var result = Parse("\uFEFFid,received,category\r\n\"C,1\",2026-03-02 09:00,\"Premises\r\nand \"\"parking\"\"\"\r\n");

        var complaint = Assert.Single(result.Complaints);
        Assert.Equal(("C,1", "Premises\r\nand \"parking\""), (complaint.Id, complaint.Category));
    }

    [Fact]
    public void Parse_ClosedWithoutReply_TheClosingIsTheReply()
    {
        var complaint = Assert.Single(Parse("id,received,closed\nC-1,2026-03-02 09:00,2026-03-03 09:00").Complaints);

        Assert.Equal(complaint.Closed, complaint.FirstReply);
    }

    [Fact]
    public void Parse_ReplyAfterClosing_IsTakenAtTheClosing()
    {
        var complaint = Assert.Single(Parse("id,received,first reply,closed\nC-1,2026-03-02 09:00,2026-03-05 09:00,2026-03-03 09:00").Complaints);

        Assert.Equal(complaint.Closed, complaint.FirstReply);
    }

    [Theory]
    [InlineData("C-2,2026-03-32 09:00,,", "received", "'2026-03-32 09:00' is not a date and time")]
    [InlineData("C-2,,,", "received", "is empty")]
    [InlineData(",2026-03-02 09:00,,", "id", "is empty")]
    [InlineData("C-2,2026-03-02 09:00,tomorrow,", "first reply", "'tomorrow' is not a date and time")]
    [InlineData("C-2,2026-03-02 09:00,,2026-03-01 09:00", "closed", "is before 'received'")]
    [InlineData("C-2,2026-03-02 09:00,2026-03-02 08:00,", "first reply", "is before 'received'")]
    public void Parse_BadRow_SkipsItNamingTheLineAndColumn(string row, string column, string message)
    {
        var result = Parse($"id,received,first reply,closed\nC-1,2026-03-02 09:00,,\n{row}\nC-3,2026-03-02 10:00,,");

        Assert.Equal(["C-1", "C-3"], result.Complaints.Select(complaint => complaint.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("export.csv", 3, column), (problem.Source, problem.Line, problem.Field));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrayQuote_SkipsTheRowNamingItsLine()
    {
        var result = Parse("id,received,category\nC-1,2026-03-02 09:00,Waiting \"times\nC-2,2026-03-02 10:00,Premises");

        Assert.Equal("C-2", Assert.Single(result.Complaints).Id);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("a quote inside an unquoted field", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortRow_ReadsTheMissingColumnsAsEmpty()
    {
        var complaint = Assert.Single(Parse("id,received,first reply,closed,category\nC-1,2026-03-02 09:00").Complaints);

        Assert.Equal((ComplaintFields.NoCategory, (DateTimeOffset?)null), (complaint.Category, complaint.Closed));
    }

    [Theory]
    [InlineData("case,received,closed", "id")]
    [InlineData("id,arrived,closed", "received")]
    public void Parse_RequiredColumnMissing_RefusesTheInputNamingTheColumnAndSetting(string header, string column)
    {
        var exception = Assert.Throws<InputException>(() => Parse($"{header}\nC-1,2026-03-02 09:00,"));

        Assert.Equal(("export.csv", 1, column), (exception.Problem.Source, exception.Problem.Line, exception.Problem.Field));
        Assert.Contains($"setting csvColumns.{column}", exception.Problem.Message, StringComparison.Ordinal);
        Assert.Contains($"it has: '{header.Split(',')[0]}'", exception.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("id,received,closed\n")]
    [InlineData("id,received,closed\n\n\n")]
    public void Parse_NoRows_GivesNothing(string csv)
    {
        var result = Parse(csv);

        Assert.Empty(result.Complaints);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_FromAByteOffset_ReturnsOnlyTheRowsFromThere()
    {
        const string header = "id,received\n";
        const string first = "C-1,2026-03-02 09:00\n";
        var csv = header + first + "C-2,2026-03-02 10:00\n";

        var result = new ComplaintCsvParser(new CsvColumnNames(), ',', Helsinki).Parse(Bytes(csv), "export.csv", Encoding.UTF8.GetByteCount(header + first));

        Assert.Equal("C-2", Assert.Single(result.Complaints).Id);
    }

    private static CsvComplaints Parse(string csv) => new ComplaintCsvParser(new CsvColumnNames(), ',', Helsinki).Parse(Bytes(csv), "export.csv");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
