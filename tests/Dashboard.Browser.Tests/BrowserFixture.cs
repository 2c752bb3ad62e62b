using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>One Chromium for the whole run; each test opens its own context so nothing leaks between tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly ViewportSize WallScreen = new() { Width = 1920, Height = 1080 };

    private IPlaywright? _playwright;

    private ModulePage? _modules;

    private readonly List<IAsyncDisposable> _disposeAtTheEnd = [];

    private readonly List<IBrowserContext> _openWallContexts = [];

    private readonly List<string> _policyViolations = [];

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Playwright's 5 s default is tight for a 2-core CI that builds and tests other projects at the same time.
        Assertions.SetDefaultExpectTimeout(15_000);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>
    /// A page the size of a full-HD TV, closed by <see cref="CloseWallPagesAsync"/> at the end of its test, which
    /// then fails if the host's content security policy blocked anything on it (a script, a style, a connection).
    /// </summary>
    public async Task<IPage> NewWallPageAsync()
    {
        var page = await NewPageAsync();
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`));");
        page.Context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add($"{message.Location}: {message.Text}");
                }
            }
        };
        _openWallContexts.Add(page.Context);
        return page;
    }

    /// <summary>A full-HD page that stays open until the browser closes.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = WallScreen, ReducedMotion = ReducedMotion.Reduce });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Closes the pages a test opened. An open wall holds a WebSocket, and a host stopping with one waits for it
    /// until its shutdown timeout, which then cancels the stop of every other service.
    /// </summary>
    public async Task CloseWallPagesAsync()
    {
        foreach (var context in _openWallContexts)
        {
            await context.CloseAsync();
        }

        _openWallContexts.Clear();
        lock (_policyViolations)
        {
            if (_policyViolations.Count > 0)
            {
                var violations = string.Join(Environment.NewLine, _policyViolations);
                _policyViolations.Clear();
                throw new Xunit.Sdk.XunitException($"The content security policy blocked something on the test's pages:{Environment.NewLine}{violations}");
            }
        }
    }

    /// <summary>
    /// Keeps a host alive until every browser test has run. Hangfire's log provider is process-wide and bound to the
    /// last started host's LoggerFactory, so disposing a host while another one still enqueues jobs breaks the
    /// other one (ObjectDisposedException from BackgroundJobClient); tests that stop a server hand it over here.
    /// </summary>
    public void DisposeAtTheEnd(IAsyncDisposable host) => _disposeAtTheEnd.Add(host);

    /// <summary>One page for every module test: the modules are pure, and a page per test would cost a second each.</summary>
    public async Task<ModulePage> GetModulePageAsync() => _modules ??= await ModulePage.OpenAsync(this);

    public async Task DisposeAsync()
    {
        foreach (var host in _disposeAtTheEnd)
        {
            await host.DisposeAsync();
        }

        if (_modules is not null)
        {
            await _modules.DisposeAsync();
        }

        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
