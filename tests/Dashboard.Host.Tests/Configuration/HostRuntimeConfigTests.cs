using System.Text.Json.Nodes;

namespace Dashboard.Host.Tests.Configuration;

/// <summary>The runtime settings the host is built with, which the fan-out benchmark measured (docs/performance.md).</summary>
public sealed class HostRuntimeConfigTests
{
    private static JsonNode ConfigProperties() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dashboard.Host.runtimeconfig.json")))!["runtimeOptions"]!["configProperties"]!;

    [Fact]
    public void RuntimeConfig_ThreadPool_WorkersDoNotSpinForWork()
    {
        Assert.Equal(0, ConfigProperties()["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]!.GetValue<int>());
    }

    [Fact]
    public void RuntimeConfig_TieredCompilation_WithoutDynamicPgo()
    {
        Assert.False(ConfigProperties()["System.Runtime.TieredPGO"]!.GetValue<bool>());
    }

    [Fact]
    public void RuntimeConfig_GarbageCollector_ServerConservingMemoryWithSmallGen0Budget()
    {
        var properties = ConfigProperties();

        Assert.True(properties["System.GC.Server"]!.GetValue<bool>());
        Assert.Equal(9, properties["System.GC.ConserveMemory"]!.GetValue<int>());
        Assert.Equal(8 * 1024 * 1024, properties["System.GC.Gen0MaxBudget"]!.GetValue<int>());
    }
}
