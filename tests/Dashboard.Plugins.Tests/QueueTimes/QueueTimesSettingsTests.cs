using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

public sealed class QueueTimesSettingsTests
{
    private readonly Dashboard.Sdk.Testing.RecordPluginHarness<QueueTimesPlugin> _harness = QueueTimesKit.Harness();

    [Fact]
    public void Bind_EmptyObject_DemoWithStandardTargets()
    {
        var settings = Assert.IsType<QueueTimesSettings>(_harness.BindSettings("{}"));

        Assert.Equal(
            (QueueSource.Demo, OpenState.StaffingEvents, 8, 17, 20, 15, true, 0, 12),
            (settings.Source, settings.OpenState, settings.OpensAtHour, settings.ClosesAtHour, settings.CallTargetSeconds,
                settings.VisitTargetMinutes, settings.ServiceLevelCountsAbandoned, settings.ShortAbandonSeconds, settings.StaleWaitHours));
        Assert.Equal(("time", "callid", "queuename", "agent", "event"),
            (settings.QueueLogColumns.Time, settings.QueueLogColumns.CallId, settings.QueueLogColumns.Queue, settings.QueueLogColumns.Agent, settings.QueueLogColumns.Event));
    }

    [Theory]
    [InlineData("""{ "source": "queueLogFile" }""", "path", "The queueLogFile source needs the path of the file to read.")]
    [InlineData("""{ "source": "queueLogCsv", "path": " " }""", "path", "The queueLogCsv source needs the path of the file to read.")]
    [InlineData("""{ "source": "visitsCsvFolder" }""", "folder", "The visitsCsvFolder source needs the folder to read.")]
    [InlineData("""{ "callTargetSeconds": 0 }""", "callTargetSeconds", "Give a call answer target from 1 to 3600 seconds.")]
    [InlineData("""{ "queueLogColumns": { "callId": "" } }""", "queueLogColumns", "queueLogColumns.callId must name a column, not be blank.")]
    [InlineData("""{ "servicePoints": ["Library", "Library"] }""", "servicePoints", "Service point names must be unique; listed more than once: Library.")]
    [InlineData("""{ "source": "ftp" }""", "source", "The value cannot be read: '\"ftp\"' is not one of: demo, queueLogFile, queueLogCsv, visitsCsvFolder, push.")]
    public void Bind_InvalidSetting_ErrorNamesTheSetting(string json, string setting, string message)
    {
        var error = Assert.Single(Assert.Throws<PluginSettingsException>(() => _harness.BindSettings(json)).Errors);

        Assert.Equal(new SettingsError(setting, message), error);
    }

    [Fact]
    public void Bind_ClosingBeforeOpening_ErrorNamesBothHours()
    {
        var errors = Assert.Throws<PluginSettingsException>(() => _harness.BindSettings("""{ "opensAtHour": 18, "closesAtHour": 9 }""")).Errors;

        Assert.Equal(["opensAtHour", "closesAtHour"], errors.Select(error => error.Setting));
    }

    [Fact]
    public void Bind_UnknownSetting_ListsTheKnownOnes()
    {
        var error = Assert.Single(Assert.Throws<PluginSettingsException>(() => _harness.BindSettings("""{ "timeZone": "Europe/Helsinki" }""")).Errors);

        Assert.Equal(
            "Unknown setting 'timeZone'. Known settings of QueueTimesSettings: source, path, folder, filePattern, queueLogColumns, queueLogTimesInUtc, servicePoints, queues, openState, opensAtHour, closesAtHour, callTargetSeconds, visitTargetMinutes, serviceLevelCountsAbandoned, shortAbandonSeconds, staleWaitHours.",
            error.Message);
    }
}
