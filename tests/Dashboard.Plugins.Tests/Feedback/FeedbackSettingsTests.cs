using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackSettingsTests
{
    [Fact]
    public void Bind_Empty_GivesTheDemoWithDefaults()
    {
        var settings = PluginSettingsBinder.Bind<FeedbackSettings>("{}");

        Assert.Equal(FeedbackSource.Demo, settings.Source);
        Assert.Equal(FeedbackSettings.DefaultMinimumAnswers, settings.MinimumAnswers);
        Assert.Equal(AnswerScale.Smiley, settings.DefaultScale);
        Assert.Equal((8, 17), (settings.OpensAt, settings.ClosesAt));
        Assert.Equal(["feedbackId", "id"], settings.Columns.Id);
    }

    [Fact]
    public void Bind_EverySource_ReadsItsSettings()
    {
        var folder = PluginSettingsBinder.Bind<FeedbackSettings>("""{ "source": "csvFolder", "folder": "/data/feedback", "filePattern": "*.txt", "csvDelimiter": ";" }""");
        var url = PluginSettingsBinder.Bind<FeedbackSettings>(
            """{ "source": "jsonUrl", "url": "https://api.happy-or-not.com/v2/results/button-feedbacks.json?startDate={startDate}&includeMisuse=true", "headers": { "X-HON-API-Token": "t" } }""");
        var push = PluginSettingsBinder.Bind<FeedbackSettings>("""{ "source": "push", "defaultScale": "nps", "minimumAnswers": 30, "columns": { "answer": ["score"] } }""");

        Assert.Equal(("/data/feedback", "*.txt", ";"), (folder.Folder, folder.FilePattern, folder.CsvDelimiter));
        Assert.Equal("t", url.Headers["X-HON-API-Token"]);
        Assert.Equal((AnswerScale.Nps, 30), (push.DefaultScale, push.MinimumAnswers));
        Assert.Equal(["score"], push.Columns.Answer);
        Assert.Equal(["localTime", "time", "timestamp"], push.Columns.Time);
    }

    [Theory]
    [InlineData("""{ "source": "csvFolder" }""", "folder", "Give the folder")]
    [InlineData("""{ "source": "jsonUrl" }""", "url", "absolute http or https URL")]
    [InlineData("""{ "source": "jsonUrl", "url": "ftp://example.org/a.json" }""", "url", "absolute http or https URL")]
    [InlineData("""{ "minimumAnswers": 0 }""", "minimumAnswers", "between 1 and 100000")]
    [InlineData("""{ "opensAt": 18, "closesAt": 9 }""", "opensAt", "open before they close")]
    [InlineData("""{ "csvDelimiter": ";;" }""", "csvDelimiter", "one character")]
    [InlineData("""{ "columns": { "time": [] } }""", "columns", "columns.time")]
    [InlineData("""{ "servicePointNames": { "390": " " } }""", "servicePointNames", "must not be blank")]
    [InlineData("""{ "source": "ftp" }""", "source", "demo, csvFolder, jsonUrl, push")]
    [InlineData("""{ "channels": ["Desk"] }""", "channels", "Unknown setting")]
    public void Bind_BadSettings_NameTheSetting(string json, string setting, string words)
    {
        var exception = Assert.Throws<PluginSettingsException>(() => PluginSettingsBinder.Bind<FeedbackSettings>(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(setting, error.Setting);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
