namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/server-clock.js: ages are measured on the server's clock, not the TV's.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServerClockModuleTests(BrowserFixture browser)
{
    [Fact]
    public async Task Now_AfterSynchroniseWithAServerTenMinutesAhead_RunsTenMinutesAhead()
    {
        var modules = await browser.GetModulePageAsync();

        var offset = await modules.EvaluateAsync<double>(
            "server-clock.js",
            "m => { const clock = m.createServerClock(); clock.synchronise(new Date(Date.now() + 600000).toISOString()); return clock.now() - Date.now(); }");

        Assert.InRange(offset, 599_000, 601_000);
    }

    [Fact]
    public async Task Synchronise_NotADate_KeepsTheLastOffset()
    {
        var modules = await browser.GetModulePageAsync();

        var offset = await modules.EvaluateAsync<double>(
            "server-clock.js",
            "m => { const clock = m.createServerClock(); clock.synchronise('garbage'); return clock.offsetMs; }");

        Assert.Equal(0, offset);
    }
}
