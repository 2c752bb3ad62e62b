using Dashboard.Sdk;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackJsonParserTests
{
    // An answer as HappyOrNot's /v2/results/button-feedbacks.json lists it (ButtonFeedback schema).
    private const string ButtonFeedback = """
        {
          "feedbackId": "9a41ef2e-5961-43a8-b35c-b2065366c7f3",
          "smileyId": 7764,
          "localTime": "2026-03-02T10:15:08.024",
          "surveyId": 3330,
          "experiencePointId": 390,
          "buttonIndex": 2,
          "misuse": false,
          "position": 0,
          "smileyType": "SMILEY_TERMINAL",
          "ui": "physical"
        }
        """;

    [Fact]
    public void ParseDocument_ButtonFeedbackArray_GivesRecords()
    {
        var parsed = ParseJson($"[{ButtonFeedback}]");

        Assert.Empty(parsed.Problems);
        var update = Assert.Single(parsed.Updates);
        Assert.Equal("9a41ef2e-5961-43a8-b35c-b2065366c7f3", update.RecordId);
        // 10:15:08.024 Helsinki winter time (UTC+2) is 08:15:08.024 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 15, 8, 24, TimeSpan.Zero), Field(update, RecordRules.StartField));
        Assert.Equal(2L, Field(update, "answer"));
        Assert.Equal("390", Field(update, "servicePoint"));
        Assert.Equal("physical", Field(update, "channel"));
        Assert.Equal("3330", Field(update, "survey"));
        Assert.Equal(false, Field(update, "misuse"));
    }

    [Fact]
    public void ParseDocument_SingleObject_IsOneAnswer()
    {
        Assert.Single(ParseJson(ButtonFeedback).Updates);
    }

    [Fact]
    public void ParseDocument_NumbersAsStringsAndFlagsAsText_AreRead()
    {
        var update = Assert.Single(ParseJson("""[{"FEEDBACKID":"f1","local_time":"2026-03-02T10:15:00","buttonIndex":"3","misuse":"1","scale":"smiley"}]""").Updates);

        Assert.Equal(3L, Field(update, "answer"));
        Assert.Equal(true, Field(update, "misuse"));
    }

    [Fact]
    public void ParseDocument_BadItems_AreSkippedWithTheirIndexAndProperty()
    {
        var json = """
            [
              {"feedbackId":"ok","localTime":"2026-03-02T10:15:00","buttonIndex":1},
              {"feedbackId":"b1","localTime":"2026-03-02T10:15:00","buttonIndex":4},
              42,
              {"feedbackId":"b3","localTime":{"at":"10:15"},"buttonIndex":1},
              {"feedbackId":"b4","buttonIndex":1},
              {"feedbackId":"b5","localTime":"2026-03-02T10:15:00","buttonIndex":1.5}
            ]
            """;

        var parsed = ParseJson(json);

        Assert.Equal("ok", Assert.Single(parsed.Updates).RecordId);
        Assert.Equal(
            [(1, "buttonIndex"), (2, null), (3, "localTime"), (4, "localTime"), (5, "buttonIndex")],
            parsed.Problems.Select(problem => (problem.Index!.Value, problem.Field)));
        Assert.All(parsed.Problems, problem => Assert.Equal("request 1", problem.Source));
    }

    [Theory]
    [InlineData("[{\"feedbackId\":\"f1\",}")]
    [InlineData("not json")]
    [InlineData("\"a string\"")]
    [InlineData("12")]
    public void ParseDocument_InvalidOrNotAnArray_RefusesTheBody(string json)
    {
        var exception = Assert.Throws<InputException>(() => ParseJson(json));

        Assert.Equal("request 1", exception.Problem.Source);
        Assert.NotNull(exception.Problem.Line);
    }

    [Fact]
    public void ParseLines_Ndjson_EachLineStandsAlone()
    {
        var ndjson = """
            {"feedbackId":"a","localTime":"2026-03-02T10:15:00","buttonIndex":3}

            {"feedbackId":"b","localTime":"2026-03-02T10:16:00","buttonIndex":
            [1,2]
            {"feedbackId":"c","localTime":"2026-03-02T10:17:00Z","buttonIndex":0,"ui":"qr"}
            """;

        var parsed = ParseNdjson(ndjson);

        Assert.Equal(["a", "c"], parsed.Updates.Select(update => update.RecordId));
        Assert.Equal([3, 4], parsed.Problems.Select(problem => problem.Line!.Value));
        Assert.Contains("not valid JSON", parsed.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("not an array", parsed.Problems[1].Message, StringComparison.Ordinal);
        // An explicit Z is UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 17, 0, TimeSpan.Zero), Field(parsed.Updates[1], RecordRules.StartField));
    }
}
