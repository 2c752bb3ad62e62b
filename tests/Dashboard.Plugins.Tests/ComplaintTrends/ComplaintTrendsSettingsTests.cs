using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintTrendsSettingsTests
{
    private readonly PluginTestHarness<ComplaintTrendsPlugin> _harness = new();

    [Fact]
    public void Bind_EmptyObject_GivesDemoDefaults()
    {
        var settings = Assert.IsType<ComplaintTrendsSettings>(_harness.BindSettings("{}"));

        Assert.Equal(ComplaintSource.Demo, settings.Source);
        Assert.Equal(["Waiting times", "Staff conduct", "Digital services", "Premises"], settings.Categories);
        Assert.Equal("Europe/Helsinki", settings.TimeZone);
    }

    [Theory]
    [InlineData("""{ "categories": [] }""", "List at least one category.")]
    [InlineData("""{ "categories": ["Noise", "  "] }""", "Category names must not be blank.")]
    [InlineData("""{ "categories": ["Noise", "noise"] }""", "Categories must be unique; listed more than once: Noise.")]
    public void Bind_BadCategories_ErrorNamesCategories(string json, string message)
    {
        var error = Assert.Single(Assert.Throws<PluginSettingsException>(() => _harness.BindSettings(json)).Errors);

        Assert.Equal(new SettingsError("categories", message), error);
    }

    [Fact]
    public void Bind_OverlongCategoryName_ErrorNamesCategories()
    {
        var json = $$"""{ "categories": ["{{new string('x', 61)}}"] }""";

        var error = Assert.Single(Assert.Throws<PluginSettingsException>(() => _harness.BindSettings(json)).Errors);

        Assert.Equal(new SettingsError("categories", "Category names must be at most 60 characters."), error);
    }
}
