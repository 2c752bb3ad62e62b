using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.QueueTimes;

public sealed class QueueTimesSettingsTests
{
    private readonly PluginTestHarness<QueueTimesPlugin> _harness = new();

    [Fact]
    public void Bind_EmptyObject_GivesDemoDefaults()
    {
        var settings = Assert.IsType<QueueTimesSettings>(_harness.BindSettings("{}"));

        Assert.Equal(QueueSource.Demo, settings.Source);
        Assert.Equal(["City hall", "Library", "Phone line"], settings.ServicePoints);
        Assert.Equal("Europe/Helsinki", settings.TimeZone);
        Assert.Equal((8, 17), (settings.OpensAtHour, settings.ClosesAtHour));
    }

    [Fact]
    public void Bind_AllSettingsInAnyCase_Binds()
    {
        var settings = Assert.IsType<QueueTimesSettings>(_harness.BindSettings(
            """{ "Source": "Demo", "SERVICEPOINTS": ["Desk"], "timezone": "Europe/Stockholm", "opensAtHour": 7, "closesAtHour": 20 }"""));

        Assert.Equal(["Desk"], settings.ServicePoints);
        Assert.Equal("Europe/Stockholm", settings.TimeZone);
        Assert.Equal((7, 20), (settings.OpensAtHour, settings.ClosesAtHour));
    }

    [Theory]
    [InlineData("""{ "servicePoints": [] }""", "List at least one service point.")]
    [InlineData("""{ "servicePoints": null }""", "List at least one service point.")]
    [InlineData("""{ "servicePoints": ["Desk", " "] }""", "Service point names must not be blank.")]
    [InlineData("""{ "servicePoints": ["Desk", "desk"] }""", "Service points must be unique; listed more than once: Desk.")]
    public void Bind_BadServicePoints_ErrorNamesServicePoints(string json, string message)
    {
        var error = Assert.Single(BindErrors(json));

        Assert.Equal(new SettingsError("servicePoints", message), error);
    }

    [Fact]
    public void Bind_UnknownProperties_ErrorNamesEachOfThem()
    {
        var errors = BindErrors("""{ "servicePoint": ["Desk"], "colour": "red" }""");

        Assert.Equal(["servicePoint", "colour"], errors.Select(error => error.Setting));
        Assert.Contains("Unknown setting 'servicePoint'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("servicePoints", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ClosingBeforeOpening_ErrorNamesBothHours()
    {
        var errors = BindErrors("""{ "opensAtHour": 18, "closesAtHour": 9 }""");

        Assert.Equal(["opensAtHour", "closesAtHour"], errors.Select(error => error.Setting));
        Assert.All(errors, error => Assert.Equal("Closing hour 9 must come after opening hour 18.", error.Message));
    }

    [Fact]
    public void Bind_HourOutOfRange_ErrorNamesTheHour()
    {
        var error = Assert.Single(BindErrors("""{ "opensAtHour": 25 }"""));

        Assert.Equal(new SettingsError("opensAtHour", "Give an hour from 0 to 23."), error);
    }

    private IReadOnlyList<SettingsError> BindErrors(string json) =>
        Assert.Throws<PluginSettingsException>(() => _harness.BindSettings(json)).Errors;
}
