using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackSettingsTests
{
    private readonly PluginTestHarness<FeedbackPlugin> _harness = new();

    [Fact]
    public void Bind_EmptyObject_GivesDemoDefaults()
    {
        var settings = Assert.IsType<FeedbackSettings>(_harness.BindSettings("{}"));

        Assert.Equal(FeedbackSource.Demo, settings.Source);
        Assert.Equal(["Desk", "Phone", "Email"], settings.Channels);
        Assert.Equal("Europe/Helsinki", settings.TimeZone);
    }

    [Fact]
    public void Bind_OwnChannels_Binds()
    {
        var settings = Assert.IsType<FeedbackSettings>(_harness.BindSettings("""{ "channels": ["Kiosk", "Web"], "source": "demo" }"""));

        Assert.Equal(["Kiosk", "Web"], settings.Channels);
    }

    [Theory]
    [InlineData("""{ "channels": [] }""", "List at least one channel.")]
    [InlineData("""{ "channels": ["Desk", ""] }""", "Channel names must not be blank.")]
    [InlineData("""{ "channels": ["Desk", "DESK "] }""", "Channels must be unique; listed more than once: Desk.")]
    public void Bind_BadChannels_ErrorNamesChannels(string json, string message)
    {
        var error = Assert.Single(Assert.Throws<PluginSettingsException>(() => _harness.BindSettings(json)).Errors);

        Assert.Equal(new SettingsError("channels", message), error);
    }
}
