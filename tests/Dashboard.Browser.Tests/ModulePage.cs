using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Loads the wall's ES modules straight from wwwroot (through Playwright's routing, no server) so that
/// their pure functions can be tested in the browser that runs them.
/// </summary>
public sealed class ModulePage : IAsyncDisposable
{
    private const string Origin = "http://wall.test";

    private readonly IPage _page;

    private ModulePage(IPage page) => _page = page;

    /// <summary>
    /// A page with the wall's style sheet, ECharts and an empty tile grid, for drawing tiles offline; without the
    /// wall's own script, which would start connecting.
    /// </summary>
    public const string TilesDocument = "tiles.html";

    /// <summary>Opens a blank page, <see cref="TilesDocument"/>, or <paramref name="document"/> from wwwroot, offline.</summary>
    public static async Task<ModulePage> OpenAsync(BrowserFixture browser, string document = "blank.html")
    {
        var page = await browser.NewPageAsync();
        await page.RouteAsync($"{Origin}/**", ServeFromWebRootAsync);
        await page.GotoAsync($"{Origin}/{document}");
        return new ModulePage(page);
    }

    /// <summary>Imports js/<paramref name="module"/> and calls <paramref name="function"/> (JS text taking the module).</summary>
    public Task<T> EvaluateAsync<T>(string module, string function, object? argument = null) =>
        _page.EvaluateAsync<T>(
            $"async (argument) => {{ const module = await import('/js/{module}'); return ({function})(module, argument); }}",
            argument);

    /// <summary>Runs a classic script in the page, e.g. to install a stand-in for a library before a module uses it.</summary>
    public Task RunScriptAsync(string script) => _page.AddScriptTagAsync(new() { Content = script });

    public async ValueTask DisposeAsync() => await _page.Context.CloseAsync();

    private static async Task ServeFromWebRootAsync(IRoute route)
    {
        var relative = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
        if (relative == "blank.html")
        {
            await route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>modules</title>" });
            return;
        }

        if (relative == TilesDocument)
        {
            await route.FulfillAsync(new()
            {
                ContentType = "text/html",
                Body = """
                    <!doctype html><title>tiles</title><link rel="stylesheet" href="/css/wall.css"><script src="/lib/echarts.min.js"></script>
                    <body class="wall" data-connection="connected"><main id="tiles" class="tiles"></main></body>
                    """,
            });
            return;
        }

        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.WebRoot, relative));
        if (!path.StartsWith(RepositoryPaths.WebRoot, StringComparison.Ordinal) || !File.Exists(path))
        {
            await route.FulfillAsync(new() { Status = 404 });
            return;
        }

        var contentType = Path.GetExtension(path) switch
        {
            ".js" => "text/javascript",
            ".css" => "text/css",
            ".html" => "text/html",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new() { ContentType = contentType, BodyBytes = await File.ReadAllBytesAsync(path) });
    }
}
