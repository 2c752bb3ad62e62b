namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/rotation.js: a playlist shows each dashboard for its own time; a critical tile can interrupt.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RotationModuleTests(BrowserFixture browser)
{
    private const string ThreeItems = "[{ dashboardId: 'a', seconds: 10 }, { dashboardId: 'b', seconds: 30 }, { dashboardId: 'c', seconds: 5 }]";

    [Fact]
    public async Task Tick_EverySecondForAMinute_SwitchesAfterEachItemsOwnDuration()
    {
        var modules = await browser.GetModulePageAsync();

        var switches = await modules.EvaluateAsync<string[]>("rotation.js", $$"""
            m => {
              const rotation = m.createRotation({{ThreeItems}});
              rotation.start(0);
              const seen = [];
              for (let second = 1; second <= 60; second++) {
                if (rotation.tick(second * 1000)) seen.push(`${second}:${rotation.current.dashboardId}`);
              }
              return seen;
            }
            """);

        // a for 10 s (switch at 10), b for 30 s (at 40), c for 5 s (at 45), a again for 10 s (at 55).
        Assert.Equal(["10:b", "40:c", "45:a", "55:b"], switches);
    }

    [Fact]
    public async Task Interrupt_AllowedByThePlaylist_ShowsThatDashboardForItsFullTime()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<string[]>("rotation.js", $$"""
            m => {
              const rotation = m.createRotation({{ThreeItems}}, { interruptOnCritical: true });
              rotation.start(0);
              const interrupted = rotation.interrupt('c', 3000);
              return [String(interrupted), rotation.current.dashboardId, String(rotation.switchAt), String(rotation.interrupt('unknown', 4000))];
            }
            """);

        // c shown at 3 s for its 5 s: the next switch is at 8 s.
        Assert.Equal(["true", "c", "8000", "false"], result);
    }

    [Fact]
    public async Task Interrupt_NotAllowedByThePlaylist_KeepsTheRotation()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<string[]>("rotation.js", $$"""
            m => {
              const rotation = m.createRotation({{ThreeItems}});
              rotation.start(0);
              return [String(rotation.interrupt('c', 3000)), rotation.current.dashboardId, String(rotation.switchAt)];
            }
            """);

        Assert.Equal(["false", "a", "10000"], result);
    }

    [Fact]
    public async Task Crossings_StatusesOverTime_OnlyAChangeIntoCriticalCounts()
    {
        var modules = await browser.GetModulePageAsync();

        var crossings = await modules.EvaluateAsync<string[][]>("rotation.js", """
            m => {
              const watch = m.createCriticalWatch();
              return [
                watch.crossings([['x', 'critical'], ['y', 'good']]),
                watch.crossings([['x', 'critical'], ['y', 'warning']]),
                watch.crossings([['x', 'good'], ['y', 'critical']]),
                watch.crossings([['x', 'critical'], ['y', 'critical']]),
              ];
            }
            """);

        // The first look never counts; y crosses in the third look, x leaves and comes back in the fourth.
        Assert.Equal([[], [], ["y"], ["x"]], crossings);
    }
}
