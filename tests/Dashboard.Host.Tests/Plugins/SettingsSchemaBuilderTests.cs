using System.Text.Json.Nodes;
using Dashboard.Host.Plugins;
using Dashboard.Host.Tests.Plugins.Doubles;

namespace Dashboard.Host.Tests.Plugins;

public sealed class SettingsSchemaBuilderTests
{
    private readonly JsonObject _schema = new SettingsSchemaBuilder().Build(typeof(AnnotatedSettings));

    private JsonNode Property(string name) => _schema["properties"]![name]!;

    [Fact]
    public void Build_RequiredStringLengthAndPattern_BecomeRequiredMinMaxLengthAndPattern()
    {
        var queue = Property("queueName");

        Assert.Equal(["queueName"], _schema["required"]!.AsArray().Select(name => name!.GetValue<string>()));
        Assert.Equal(2, queue["minLength"]!.GetValue<int>());
        Assert.Equal(40, queue["maxLength"]!.GetValue<int>());
        Assert.Equal("^[a-z]+$", queue["pattern"]!.GetValue<string>());
        Assert.Equal("The queue's name as the switch knows it.", queue["description"]!.GetValue<string>());
        Assert.Equal("main", queue["default"]!.GetValue<string>());
    }

    [Fact]
    public void Build_DisplayAndRange_BecomeTitleDescriptionMinimumAndMaximum()
    {
        var target = Property("answerTargetSeconds");

        Assert.Equal("Answer target", target["title"]!.GetValue<string>());
        Assert.Equal("Seconds within which a call should be answered.", target["description"]!.GetValue<string>());
        Assert.Equal(1, target["minimum"]!.GetValue<double>());
        Assert.Equal(3600, target["maximum"]!.GetValue<double>());
        Assert.Equal(20, target["default"]!.GetValue<int>());
    }

    [Fact]
    public void Build_EnumAndList_EnumAsCamelCaseStringsAndMinItems()
    {
        Assert.Equal(["phone", "walkIn"], Property("kind")["enum"]!.AsArray().Select(value => value!.GetValue<string>()));
        Assert.Equal("walkIn", Property("kind")["default"]!.GetValue<string>());
        Assert.Equal(1, Property("channels")["minItems"]!.GetValue<int>());
    }
}
