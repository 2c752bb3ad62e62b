using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>What the tests look at on the wall page: the attributes it exposes for them.</summary>
public sealed class Wall(IPage page)
{
    public static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(45);

    private static readonly Regex AnyFigureState = new("^(value|closed|tooFewData|noData)$");

    public IPage Page => page;

    public ILocator Tiles => page.Locator(".tile");

    public ILocator Tile(string metricKey) => page.Locator($".tile[data-metric-key=\"{metricKey}\"]");

    public ILocator Banner => page.Locator("#connection-banner");

    public async Task OpenAsync(Uri baseAddress, string query = "")
    {
        await page.GotoAsync(new Uri(baseAddress, "/" + query).ToString());
        await WaitForConnectionAsync("connected");
    }

    public Task WaitForConnectionAsync(string state) =>
        Expect(page.Locator("body")).ToHaveAttributeAsync("data-connection", state, new() { Timeout = Milliseconds(LiveTimeout) });

    /// <summary>Waits for the tile to show a reading: a number, or a figure state such as closed or too few answers.</summary>
    public Task WaitForReadingAsync(string metricKey) =>
        Expect(Tile(metricKey)).ToHaveAttributeAsync("data-figure-state", AnyFigureState, new() { Timeout = Milliseconds(LiveTimeout) });

    public static float Milliseconds(TimeSpan timeout) => (float)timeout.TotalMilliseconds;
}
