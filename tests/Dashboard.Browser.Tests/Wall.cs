using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>What the tests look at on a wall page (/d/{id}, /p/{id}): the attributes it exposes for them.</summary>
public sealed class Wall(IPage page)
{
    public static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(45);

    private static readonly Regex AnyFigureState = new("^(value|closed|tooFewData|noData)$");

    public IPage Page => page;

    public ILocator Tiles => page.Locator(".tile");

    public ILocator Tile(string tileId) => page.Locator($".tile[data-tile-id=\"{tileId}\"]");

    public ILocator Banner => page.Locator("#connection-banner");

    /// <summary>Opens <paramref name="path"/> (e.g. <c>/d/desk</c>) and waits until the page is live.</summary>
    public async Task OpenAsync(Uri baseAddress, string path)
    {
        await page.GotoAsync(new Uri(baseAddress, path).ToString());
        await WaitForConnectionAsync("connected");
    }

    public Task WaitForConnectionAsync(string state) =>
        Expect(page.Locator("body")).ToHaveAttributeAsync("data-connection", state, new() { Timeout = Milliseconds(LiveTimeout) });

    /// <summary>Waits for the tile to show a reading: a number, or a figure state such as closed or too few answers.</summary>
    public Task WaitForReadingAsync(string tileId) =>
        Expect(Tile(tileId)).ToHaveAttributeAsync("data-figure-state", AnyFigureState, new() { Timeout = Milliseconds(LiveTimeout) });

    public static float Milliseconds(TimeSpan timeout) => (float)timeout.TotalMilliseconds;
}
