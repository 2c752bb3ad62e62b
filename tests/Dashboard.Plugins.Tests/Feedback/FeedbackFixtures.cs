using System.Text;
using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Feedback;

/// <summary>Settings, parsers and inputs the feedback tests share; the inputs follow HappyOrNot's button-feedback export.</summary>
internal static class FeedbackFixtures
{
    public static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The header of HappyOrNot's API v2 button-feedback CSV: the ButtonFeedback properties.</summary>
    public const string ExportHeader = "feedbackId,smileyId,localTime,surveyId,experiencePointId,buttonIndex,misuse,position,ui,smileyType";

    public static FeedbackSettings Settings(Action<FeedbackSettings>? change = null)
    {
        var settings = new FeedbackSettings();
        change?.Invoke(settings);
        return settings;
    }

    public static ParsedAnswers ParseCsv(string csv, FeedbackSettings? settings = null) =>
        new FeedbackCsvParser(settings ?? Settings(), Helsinki).Parse(Encoding.UTF8.GetBytes(csv), "export.csv");

    public static ParsedAnswers ParseJson(string json, FeedbackSettings? settings = null) =>
        new FeedbackJsonParser(settings ?? Settings(), Helsinki).ParseDocument(json, "request 1");

    public static ParsedAnswers ParseNdjson(string ndjson, FeedbackSettings? settings = null) =>
        new FeedbackJsonParser(settings ?? Settings(), Helsinki).ParseLines(ndjson, "request 1");

    /// <summary>A UTC instant written as Helsinki wall-clock time.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        AnswerTimes.FromLocal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified), Helsinki);

    public static object? Field(RecordUpdate update, string name) => update.Fields[name];
}
