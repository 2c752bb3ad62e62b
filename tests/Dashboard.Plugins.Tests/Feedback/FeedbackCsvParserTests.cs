using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackCsvParserTests
{
    [Fact]
    public void Parse_HappyOrNotExport_GivesOneRecordPerAnswer()
    {
        var csv = $"""
            {ExportHeader}
            9a41ef2e-5961-43a8-b35c-b2065366c7f3,7764,2026-03-02T10:15:08.024,3330,390,3,false,0,physical,SMILEY_TERMINAL
            7ffa783c-7901-4cab-b2c6-d13d2234ef47,7764,2026-03-02T10:16:00.000,3330,390,0,true,0,physical,SMILEY_TERMINAL
            """;

        var parsed = ParseCsv(csv);

        Assert.Empty(parsed.Problems);
        Assert.Equal(2, parsed.Updates.Count);
        var first = parsed.Updates[0];
        Assert.Equal("9a41ef2e-5961-43a8-b35c-b2065366c7f3", first.RecordId);
        // 10:15:08.024 Helsinki winter time is 08:15:08.024 UTC; an answer is an instant, so start and end agree.
        var time = new DateTimeOffset(2026, 3, 2, 8, 15, 8, 24, TimeSpan.Zero);
        Assert.Equal(time, Field(first, RecordRules.StartField));
        Assert.Equal(time, Field(first, RecordRules.EndField));
        Assert.Equal(time, first.AsOf);
        Assert.Equal("smiley", Field(first, "scale"));
        Assert.Equal(3L, Field(first, "answer"));
        Assert.Equal(false, Field(first, "misuse"));
        Assert.Equal("390", Field(first, "servicePoint"));
        Assert.Equal("physical", Field(first, "channel"));
        Assert.Equal("3330", Field(first, "survey"));
        Assert.Equal(true, Field(parsed.Updates[1], "misuse"));
    }

    [Fact]
    public void Parse_ByteOrderMarkSemicolonsAndCrLf_AreRead()
    {
        var csv = "\uFEFFfeedbackId;localTime;buttonIndex;experiencePointId\r\nf1;2026-03-02 10:15:00;2;390\r\n";

        var parsed = ParseCsv(csv);

        Assert.Empty(parsed.Problems);
        Assert.Equal("f1", Assert.Single(parsed.Updates).RecordId);
        Assert.Equal(2L, Field(parsed.Updates[0], "answer"));
    }

    [Fact]
    public void Parse_ConfiguredDelimiter_IsUsedInsteadOfDetection()
    {
        // The header alone has as many commas as bars; the setting decides.
        var csv = "feedbackId|localTime|buttonIndex|ui\nf,1|2026-03-02T10:15:00|1|qr\n";

        var parsed = ParseCsv(csv, Settings(settings => settings.CsvDelimiter = "|"));

        Assert.Equal("f,1", Assert.Single(parsed.Updates).RecordId);
    }

    [Fact]
    public void Parse_QuotedFieldsAndBlankLines_AreRead()
    {
        var csv = "feedbackId,localTime,buttonIndex,experiencePointName\n\n\"f1\",\"2026-03-02T10:15:00\",\"3\",\"Library, 2nd floor\"\n\n\"f2\",2026-03-02T10:16:00,1,\"The \"\"Desk\"\"\"\n";

        var parsed = ParseCsv(csv);

        Assert.Empty(parsed.Problems);
        Assert.Equal(["Library, 2nd floor", "The \"Desk\""], parsed.Updates.Select(update => Field(update, "servicePoint")));
    }

    [Fact]
    public void Parse_RenamedColumnsInAnotherCaseAndOrder_AreFound()
    {
        var csv = "Extra,BUTTON INDEX,Feedback_ID,Local Time,UI,Experience Point Id\nx,2,f1,2026-03-02T10:15:00,link,390\n";

        var update = Assert.Single(ParseCsv(csv).Updates);

        Assert.Equal("f1", update.RecordId);
        Assert.Equal(2L, Field(update, "answer"));
        Assert.Equal("link", Field(update, "channel"));
        Assert.Equal("390", Field(update, "servicePoint"));
    }

    [Fact]
    public void Parse_MappedColumnNames_ReplaceTheDefaults()
    {
        var csv = "vastaus_id;aika;painike;toimipiste\nv1;2026-03-02 10:15;0;Kirjasto\n";
        var settings = Settings(settings =>
        {
            settings.Columns.Id = ["vastaus_id"];
            settings.Columns.Time = ["aika"];
            settings.Columns.Answer = ["painike"];
            settings.Columns.ServicePoint = ["toimipiste"];
        });

        var update = Assert.Single(ParseCsv(csv, settings).Updates);

        Assert.Equal("Kirjasto", Field(update, "servicePoint"));
        Assert.Equal(0L, Field(update, "answer"));
    }

    [Fact]
    public void Parse_MissingOptionalColumns_AreNullAndTheDefaultScale()
    {
        var update = Assert.Single(ParseCsv("feedbackId,localTime,buttonIndex\nf1,2026-03-02T10:15:00,3\n").Updates);

        Assert.Equal("smiley", Field(update, "scale"));
        Assert.Equal(false, Field(update, "misuse"));
        Assert.Null(Field(update, "servicePoint"));
        Assert.Null(Field(update, "channel"));
    }

    [Fact]
    public void Parse_MissingRequiredColumn_RefusesTheInputNamingTheColumn()
    {
        var exception = Assert.Throws<InputException>(() => ParseCsv("feedbackId,buttonIndex\nf1,3\n"));

        Assert.Equal("export.csv", exception.Problem.Source);
        Assert.Equal(1, exception.Problem.Line);
        Assert.Equal("localTime", exception.Problem.Field);
        Assert.Contains("answer time", exception.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("The header has: feedbackId, buttonIndex", exception.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadLines_AreSkippedWithLineAndColumn()
    {
        var csv = """
            feedbackId,localTime,buttonIndex,misuse,scale
            ok1,2026-03-02T10:15:00,3,false,
            bad1,2026-03-02T10:15:00,4,false,
            bad2,2026-03-02T10:15:00,x,false,
            bad3,10:15,1,false,
            bad4,2026-03-02T10:15:00,1,maybe,
            bad5,2026-03-02T10:15:00,1,false,stars
            ,2026-03-02T10:15:00,1,false,
            bad7,2026-03-02T10:15:00,11,false,nps
            ok2,2026-03-02T10:15:00,5,false,CSAT
            bad9,2026-03-02T10:15:00
            """;

        var parsed = ParseCsv(csv);

        Assert.Equal(["ok1", "ok2"], parsed.Updates.Select(update => update.RecordId));
        Assert.Equal(
            [(3, "buttonIndex"), (4, "buttonIndex"), (5, "localTime"), (6, "misuse"), (7, "scale"), (8, "feedbackId"), (9, "buttonIndex"), (11, "buttonIndex")],
            parsed.Problems.Select(problem => (problem.Line!.Value, problem.Field!)));
        Assert.All(parsed.Problems, problem => Assert.Equal("export.csv", problem.Source));
        Assert.Contains("'4' is not an answer on the smiley scale; expected a whole number from 0 to 3", parsed.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("expected a whole number from 0 to 10", parsed.Problems[6].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisplacedQuote_SkipsOnlyThatLine()
    {
        var csv = "feedbackId,localTime,buttonIndex\nf1,2026-03-02T10:15:00,3\nf\"2,2026-03-02T10:15:00,3\nf3,2026-03-02T10:15:00,3\n";

        var parsed = ParseCsv(csv);

        Assert.Equal(["f1", "f3"], parsed.Updates.Select(update => update.RecordId));
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("quote", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TimesInDaylightSavingChanges_AreResolvedByTheDocumentedRule()
    {
        var csv = "feedbackId,localTime,buttonIndex\ngap,2026-03-29T03:30:00,3\noverlap,2026-10-25T03:30:00,3\n";

        var updates = ParseCsv(csv).Updates;

        // Gap: 03:30 with the winter offset +2 is 01:30 UTC. Overlap: the first 03:30, summer time +3, is 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), Field(updates[0], RecordRules.StartField));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), Field(updates[1], RecordRules.StartField));
    }

    [Fact]
    public void Parse_ScaleColumn_ReadsCsatAndNps()
    {
        var csv = "feedbackId,localTime,kind,score\nc1,2026-03-02T10:15:00,csat,5\nn1,2026-03-02T10:15:00,NPS,10\n";

        var updates = ParseCsv(csv).Updates;

        Assert.Equal([("csat", 5L), ("nps", 10L)], updates.Select(update => ((string)Field(update, "scale")!, (long)Field(update, "answer")!)));
    }

    [Fact]
    public void Parse_DefaultScaleSetting_AppliesToAFileWithoutScaleColumn()
    {
        var update = Assert.Single(ParseCsv("feedbackId,localTime,buttonIndex\nn1,2026-03-02T10:15:00,10\n", Settings(settings => settings.DefaultScale = AnswerScale.Nps)).Updates);

        Assert.Equal("nps", Field(update, "scale"));
    }

    [Fact]
    public void Parse_ServicePointNames_NameTheExperiencePoint()
    {
        var settings = Settings(settings => settings.ServicePointNames["390"] = "Library");

        var update = Assert.Single(ParseCsv($"{ExportHeader}\nf1,1,2026-03-02T10:15:00,3330,390,2,false,0,physical,SMILEY_TERMINAL\n", settings).Updates);

        Assert.Equal("Library", Field(update, "servicePoint"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n")]
    [InlineData("feedbackId,localTime,buttonIndex\n")]
    public void Parse_NothingButAHeader_GivesNothing(string csv)
    {
        var parsed = ParseCsv(csv);

        Assert.Empty(parsed.Updates);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Parse_LineOffset_ShiftsLineNumbers()
    {
        var parsed = new FeedbackCsvParser(Settings(), Helsinki).Parse("feedbackId,localTime,buttonIndex\nf1,2026-03-02T10:15:00,9\n"u8.ToArray(), "big.csv", lineOffset: 40);

        Assert.Equal(42, Assert.Single(parsed.Problems).Line);
    }
}
