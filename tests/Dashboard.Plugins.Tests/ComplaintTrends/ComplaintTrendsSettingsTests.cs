using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.ComplaintTrends.Open311;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintTrendsSettingsTests
{
    private readonly RecordPluginHarness<ComplaintTrendsPlugin> _harness = new();

    [Fact]
    public void Bind_EmptyObject_GivesTheDemoAndTheDocumentedDefaults()
    {
        var settings = (ComplaintTrendsSettings)_harness.BindSettings("{}");

        Assert.Equal(ComplaintSource.Demo, settings.Source);
        Assert.Equal(Open311Query.Requested, settings.Query);
        Assert.Equal(100, settings.PageSize);
        Assert.True(settings.Extensions);
        Assert.Equal((10, 30, 8, 30), (settings.OverlapMinutes, settings.LookBackDays, settings.FirstReadDays, settings.TimeoutSeconds));
        Assert.Equal(("*.csv", ","), (settings.CsvFilePattern, settings.CsvDelimiter));
        Assert.Equal(("id", "received", "first reply", "closed"), (settings.CsvColumns.Id, settings.CsvColumns.Received, settings.CsvColumns.FirstReply, settings.CsvColumns.Closed));
        Assert.Equal(("category", "channel", "service point"), (settings.CsvColumns.Category, settings.CsvColumns.Channel, settings.CsvColumns.ServicePoint));
        Assert.Equal((5, 5), (settings.PromiseWorkingDays, settings.TopCategories));
    }

    [Fact]
    public void Bind_Open311Example_ReadsEverySetting()
    {
        var settings = (ComplaintTrendsSettings)_harness.BindSettings("""
            {
              "source": "open311",
              "baseUrl": "https://asiointi.hel.fi/palautews/rest/v1/",
              "jurisdictionId": "hel.fi",
              "apiKey": "secret",
              "pageSize": null,
              "query": "updated",
              "extensions": false,
              "promiseWorkingDays": 10
            }
            """);

        Assert.Equal(ComplaintSource.Open311, settings.Source);
        Assert.Equal(("hel.fi", "secret", (int?)null, Open311Query.Updated, false, 10),
            (settings.JurisdictionId, settings.ApiKey, settings.PageSize, settings.Query, settings.Extensions, settings.PromiseWorkingDays));
    }

    [Fact]
    public void Bind_CsvFolderExample_ReadsRenamedColumns()
    {
        var settings = (ComplaintTrendsSettings)_harness.BindSettings("""
            { "source": "csvFolder", "csvFolder": "/data/complaints", "csvDelimiter": ";", "csvColumns": { "id": "Case", "received": "Opened" } }
            """);

        Assert.Equal(("/data/complaints", ";", "Case", "Opened", "closed"),
            (settings.CsvFolder, settings.CsvDelimiter, settings.CsvColumns.Id, settings.CsvColumns.Received, settings.CsvColumns.Closed));
    }

    [Theory]
    [InlineData("""{ "source": "open311" }""", "baseUrl", "base URL")]
    [InlineData("""{ "source": "open311", "baseUrl": "ftp://example.org/" }""", "baseUrl", "http://")]
    [InlineData("""{ "source": "csvFolder" }""", "csvFolder", "folder")]
    [InlineData("""{ "pageSize": 0 }""", "pageSize", "page size")]
    [InlineData("""{ "promiseWorkingDays": 0 }""", "promiseWorkingDays", "working days")]
    [InlineData("""{ "topCategories": 51 }""", "topCategories", "top categories")]
    [InlineData("""{ "lookBackDays": 91 }""", "lookBackDays", "look-back")]
    [InlineData("""{ "csvDelimiter": ";;" }""", "csvDelimiter", "separator")]
    [InlineData("""{ "csvFilePattern": "../*.csv" }""", "csvFilePattern", "without folders")]
    [InlineData("""{ "csvColumns": { "closed": " " } }""", "csvColumns", "closed must not be blank")]
    [InlineData("""{ "csvColumns": { "closed": "ID" } }""", "csvColumns", "used more than once: id")]
    [InlineData("""{ "source": "kiosk" }""", "source", "")]
    [InlineData("""{ "timeZone": "Europe/Helsinki" }""", "timeZone", "Unknown setting")]
    public void Bind_InvalidSetting_NamesTheSettingInWordsAnAdminUnderstands(string json, string setting, string words)
    {
        var exception = Assert.Throws<PluginSettingsException>(() => _harness.BindSettings(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(setting, error.Setting);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
