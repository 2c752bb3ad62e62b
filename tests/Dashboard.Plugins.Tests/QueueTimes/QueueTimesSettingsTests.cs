using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

public sealed class QueueTimesSettingsTests : NamedListSettingsTests<QueueTimesPlugin>
{
    protected override string ListSetting => "servicePoints";

    protected override (string One, string Many) Item => ("service point", "service points");

    protected override IReadOnlyList<string> DefaultNames => ["City hall", "Library", "Phone line"];

    protected override string SampleName => "Desk";

    [Fact]
    public void Bind_EmptyObject_OpensFromEightToSeventeen()
    {
        var settings = Assert.IsType<QueueTimesSettings>(Harness.BindSettings("{}"));

        Assert.Equal((8, 17), (settings.OpensAtHour, settings.ClosesAtHour));
    }

    [Fact]
    public void Bind_AllSettingsInAnyCase_Binds()
    {
        var settings = Assert.IsType<QueueTimesSettings>(Harness.BindSettings(
            """{ "Source": "Demo", "SERVICEPOINTS": ["Desk"], "timezone": "Europe/Stockholm", "opensAtHour": 7, "closesAtHour": 20 }"""));

        Assert.Equal(["Desk"], settings.ServicePoints);
        Assert.Equal("Europe/Stockholm", settings.TimeZone);
        Assert.Equal((7, 20), (settings.OpensAtHour, settings.ClosesAtHour));
    }

    [Fact]
    public void Bind_UnknownProperties_ErrorNamesEachOfThem()
    {
        var errors = BindErrors("""{ "servicePoint": ["Desk"], "colour": "red" }""");

        Assert.Equal(["servicePoint", "colour"], errors.Select(error => error.Setting));
        Assert.Equal(
            "Unknown setting 'servicePoint'. Known settings of QueueTimesSettings: source, servicePoints, timeZone, opensAtHour, closesAtHour.",
            errors[0].Message);
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
}
