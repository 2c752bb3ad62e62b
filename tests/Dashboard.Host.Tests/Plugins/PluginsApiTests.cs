using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Plugins;

public sealed class PluginsApiTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good", "fixture-future-sdk", "feedback");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GetAll_MixedPlugins_ListsStatusReasonAndMetrics()
    {
        var plugins = (await _host.Factory.CreateAdminClient().GetFromJsonAsync<JsonElement[]>("/api/plugins"))!
            .ToDictionary(plugin => plugin.GetProperty("id").GetString()!);

        Assert.Equal("active", plugins["fixture-good"].GetProperty("status").GetString());
        Assert.Equal("active", plugins["feedback"].GetProperty("status").GetString());
        Assert.NotEmpty(plugins["feedback"].GetProperty("metrics").EnumerateArray());
        Assert.Equal("notSupported", plugins["fixture-future-sdk"].GetProperty("status").GetString());
        Assert.Contains("SDK 2.0.0", plugins["fixture-future-sdk"].GetProperty("reason").GetString());
        var metric = Assert.Single(plugins["fixture-good"].GetProperty("metrics").EnumerateArray());
        Assert.Equal("higherIsBetter", metric.GetProperty("direction").GetString());
        Assert.Equal(10, metric.GetProperty("target").GetDouble());
    }
}
