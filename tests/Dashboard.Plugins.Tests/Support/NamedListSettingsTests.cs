using System.Text.Json;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Support;

/// <summary>
/// What every built-in plugin's settings promise: demo defaults and the rules and wording for the list of names. Each
/// plugin's settings test class derives, gives its data and adds its own cases.
/// </summary>
public abstract class NamedListSettingsTests<TPlugin> where TPlugin : IMetricPlugin, new()
{
    protected PluginTestHarness<TPlugin> Harness { get; } = new();

    /// <summary>The JSON name of the list of names, e.g. <c>channels</c>.</summary>
    protected abstract string ListSetting { get; }

    /// <summary>What one name stands for in the messages, in lower case, singular and plural.</summary>
    protected abstract (string One, string Many) Item { get; }

    /// <summary>The names the default settings list, in order.</summary>
    protected abstract IReadOnlyList<string> DefaultNames { get; }

    /// <summary>A plausible name, e.g. <c>Desk</c>.</summary>
    protected abstract string SampleName { get; }

    [Fact]
    public void Bind_EmptyObject_GivesDemoDefaults()
    {
        var settings = Bound("{}");

        Assert.Equal("demo", settings.GetProperty("source").GetString());
        Assert.Equal(DefaultNames, settings.GetProperty(ListSetting).EnumerateArray().Select(name => name.GetString()));
        Assert.Equal("Europe/Helsinki", settings.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Bind_OwnNames_Binds()
    {
        var settings = Bound($$"""{ "{{ListSetting}}": ["{{SampleName}}", "Web"], "source": "demo" }""");

        Assert.Equal([SampleName, "Web"], settings.GetProperty(ListSetting).EnumerateArray().Select(name => name.GetString()));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public void Bind_NoNames_ErrorNamesTheList(string list)
    {
        AssertSingleListError($$"""{ "{{ListSetting}}": {{list}} }""", $"List at least one {Item.One}.");
    }

    [Fact]
    public void Bind_TooManyNames_ErrorNamesTheList()
    {
        var names = string.Join(", ", Enumerable.Range(1, 51).Select(number => $"\"{SampleName} {number}\""));

        AssertSingleListError($$"""{ "{{ListSetting}}": [{{names}}] }""", $"List at most 50 {Item.Many}.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Bind_BlankName_ErrorNamesTheList(string blank)
    {
        AssertSingleListError($$"""{ "{{ListSetting}}": ["{{SampleName}}", "{{blank}}"] }""", $"{Capitalised(Item.One)} names must not be blank.");
    }

    [Fact]
    public void Bind_OverlongName_ErrorNamesTheList()
    {
        AssertSingleListError(
            $$"""{ "{{ListSetting}}": ["{{new string('x', 61)}}"] }""", $"{Capitalised(Item.One)} names must be at most 60 characters.");
    }

    [Fact]
    public void Bind_SameNameTwiceInAnyCase_ErrorNamesTheListAndTheName()
    {
        AssertSingleListError(
            $$"""{ "{{ListSetting}}": ["{{SampleName}}", "{{SampleName.ToUpperInvariant()}} "] }""",
            $"{Capitalised(Item.Many)} must be unique; listed more than once: {SampleName}.");
    }

    protected IReadOnlyList<SettingsError> BindErrors(string json) =>
        Assert.Throws<PluginSettingsException>(() => Harness.BindSettings(json)).Errors;

    // Read back as the host stores them, so the checks name settings as admins see them.
    private JsonElement Bound(string json)
    {
        var settings = Harness.BindSettings(json);
        Assert.IsType(Harness.Plugin.SettingsType, settings);
        return JsonSerializer.SerializeToElement(settings, settings.GetType(), PluginSettingsBinder.SerializerOptions);
    }

    private void AssertSingleListError(string json, string message)
    {
        var error = Assert.Single(BindErrors(json));

        Assert.Equal(new SettingsError(ListSetting, message), error);
    }

    private static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
