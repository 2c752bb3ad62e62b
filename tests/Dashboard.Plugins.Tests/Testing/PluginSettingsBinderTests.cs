using Dashboard.Plugins.Tests.Testing.Doubles;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Testing;

public sealed class PluginSettingsBinderTests
{
    [Fact]
    public void Bind_CamelCaseJson_BindsEverySetting()
    {
        var settings = PluginSettingsBinder.Bind<SampleSettings>(
            """{ "name": "Lobby", "count": 3, "mode": "careful", "tags": ["a", "b"], "max_items": 7 }""");

        Assert.Equal("Lobby", settings.Name);
        Assert.Equal(3, settings.Count);
        Assert.Equal(SampleMode.Careful, settings.Mode);
        Assert.Equal(["a", "b"], settings.Tags);
        Assert.Equal(7, settings.MaxItems);
    }

    [Fact]
    public void Bind_NamesAndEnumValuesInOtherCase_BindsCaseInsensitively()
    {
        var settings = PluginSettingsBinder.Bind<SampleSettings>("""{ "NAME": "Lobby", "Mode": "CAREFUL", "MAX_ITEMS": 2 }""");

        Assert.Equal(("Lobby", SampleMode.Careful, 2), (settings.Name, settings.Mode, settings.MaxItems));
    }

    [Fact]
    public void Bind_UnknownSettings_ReportsEachWithTheKnownNames()
    {
        var errors = BindErrors("""{ "name": "Lobby", "colour": "red", "maxItems": 3 }""");

        Assert.Equal(["colour", "maxItems"], errors.Select(error => error.Setting));
        Assert.Equal(
            "Unknown setting 'colour'. Known settings of SampleSettings: name, count, mode, tags, max_items.",
            errors[0].Message);
    }

    [Fact]
    public void Bind_UnknownEnumValue_ListsTheAllowedValues()
    {
        var error = Assert.Single(BindErrors("""{ "name": "Lobby", "mode": "reckless" }"""));

        Assert.Equal(new SettingsError("mode", "The value cannot be read: '\"reckless\"' is not one of: fast, careful."), error);
    }

    [Fact]
    public void Bind_EnumAsNumber_IsRejected()
    {
        var error = Assert.Single(BindErrors("""{ "name": "Lobby", "mode": 1 }"""));

        Assert.Equal("mode", error.Setting);
    }

    [Fact]
    public void Bind_TextForAWholeNumber_SaysWholeNumberAndEchoesTheValue()
    {
        var error = Assert.Single(BindErrors("""{ "name": "Lobby", "count": "ten" }"""));

        Assert.Equal(new SettingsError("count", "The value cannot be read: '\"ten\"' is not a whole number."), error);
    }

    [Fact]
    public void Bind_ValueOfWrongType_NamesSettingAndExpectedType()
    {
        var error = Assert.Single(BindErrors("""{ "name": "Lobby", "tags": ["a", 2] }"""));

        Assert.Equal(new SettingsError("tags", "The value cannot be read: '[\"a\", 2]' is not a list of texts in quotes."), error);
    }

    [Theory]
    [InlineData("{ \"name\": ", "Settings are not valid JSON: ")]
    [InlineData("[]", "Settings must be a JSON object, not Array.")]
    [InlineData("null", "Settings must be a JSON object, not Null.")]
    public void Bind_NotAJsonObject_ReportsTheWholeDocument(string json, string messageStart)
    {
        var error = Assert.Single(BindErrors(json));

        Assert.Equal("$", error.Setting);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_AttributeFailures_ReportsEverySettingByItsJsonName()
    {
        var errors = BindErrors("""{ "count": 11 }""");

        Assert.Equal([new SettingsError("name", "Give a name."), new SettingsError("count", "Give a count from 1 to 10.")], errors);
    }

    [Fact]
    public void Bind_ValidatableObjectFailure_NamesEveryMemberItReports()
    {
        var exception = Assert.Throws<PluginSettingsException>(
            () => PluginSettingsBinder.Bind<SampleSettings>("""{ "name": "Lobby", "mode": "careful", "count": 6 }"""));

        Assert.Equal(
            [new SettingsError("mode", "Careful mode handles at most 5."), new SettingsError("count", "Careful mode handles at most 5.")],
            exception.Errors);
        Assert.Equal(typeof(SampleSettings), exception.SettingsType);
        Assert.Contains(" - count: Careful mode handles at most 5.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NoSettingsWithAnySetting_SaysThereAreNone()
    {
        Assert.IsType<NoSettings>(PluginSettingsBinder.Bind(typeof(NoSettings), "{}"));

        var error = Assert.Single(Assert.Throws<PluginSettingsException>(() => PluginSettingsBinder.Bind(typeof(NoSettings), """{ "x": 1 }""")).Errors);

        Assert.Equal("Unknown setting 'x'. Known settings of NoSettings: none.", error.Message);
    }

    [Fact]
    public void SerializerOptions_Shared_AreReadOnly()
    {
        Assert.True(PluginSettingsBinder.SerializerOptions.IsReadOnly);
    }

    private static IReadOnlyList<SettingsError> BindErrors(string json) =>
        Assert.Throws<PluginSettingsException>(() => PluginSettingsBinder.Bind<SampleSettings>(json)).Errors;
}
