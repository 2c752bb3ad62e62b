using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The admin pages (wwwroot/admin) against the real host with the built plugins and the demo collectors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>, IAsyncLifetime
{
    // A run goes through Hangfire's queue; the page looks again after 1, 3 and 8 s, the list every 15 s.
    private static readonly LocatorAssertionsToBeVisibleOptions RunPatience = new() { Timeout = 40_000 };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();

    [Fact]
    public async Task CollectorForm_CreateThroughTheGeneratedForm_ShowsErrorsBesideFieldsPreviewPauseResumeAndRunHistory()
    {
        var page = await browser.NewWallPageAsync();
        await host.SignInAsAdminAsync(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "/admin/collector.html").ToString());
        await page.FillAsync("[name=id]", "front-desk");
        await page.FillAsync("[name=name]", "Front desk feedback");
        await page.SelectOptionAsync("[name=pluginId]", "feedback");
        var opensAt = page.Locator("[data-path='settings.opensAt']");
        await Expect(opensAt.Locator("input")).ToHaveValueAsync("8");

        // The schedule in words and its next five runs, updated while typing; a cron that never fires is named at once.
        await page.FillAsync("[name=cron]", "0 0 30 2 *");
        await Expect(Error(page, "cron")).ToContainTextAsync("never fires");
        await page.FillAsync("[name=cron]", "*/5 * * * *");
        await Expect(page.Locator("#schedule-preview strong")).ToHaveTextAsync("Every 5 minutes");
        await Expect(page.Locator("#schedule-preview li")).ToHaveCountAsync(5);
        await Expect(Error(page, "cron")).ToBeEmptyAsync();

        // A value out of range: the server's error stands beside the setting, naming and echoing it.
        await opensAt.Locator("input").FillAsync("30");
        await page.ClickAsync("#save");
        await Expect(Error(page, "settings.opensAt")).ToHaveTextAsync("Opening time is an hour from 0 to 23. You gave 30.");
        await Expect(opensAt).ToHaveClassAsync(new Regex(@"\binvalid\b"));
        await PageScreenshot.SaveAsync(page, "admin-collector-errors");

        await opensAt.Locator("input").FillAsync("8");
        await page.ClickAsync("#test");
        await Expect(page.Locator("#test-result")).ToContainTextAsync("Connected");
        await page.ClickAsync("#save");
        await page.WaitForURLAsync(new Regex(@"collector\.html\?id=front-desk"));
        await Expect(page.Locator("#title")).ToHaveTextAsync("Front desk feedback");
        await Expect(page.Locator("#state")).ToHaveTextAsync("Not run yet");

        await page.ClickAsync("#pause");
        await Expect(page.Locator("#state")).ToHaveTextAsync("Paused");
        await Expect(page.Locator("#pause")).ToHaveTextAsync("Resume");
        await page.ClickAsync("#pause");
        await Expect(page.Locator("#state")).ToHaveTextAsync("Not run yet");

        await page.ClickAsync("#run-now");
        await Expect(page.Locator("#history tbody tr[data-outcome=succeeded]").First).ToBeVisibleAsync(RunPatience);
        await Expect(page.Locator("#state")).ToHaveTextAsync("OK");
        await PageScreenshot.SaveAsync(page, "admin-collector");
    }

    [Fact]
    public async Task AuditLog_ChangesThroughTheApi_ListedNewestFirstWithWhoAndTheAnswerInWords()
    {
        var created = await host.Http.PostAsJsonAsync("api/users", new { userName = "audit-vic", role = "editor", password = "audit-vic-password" });
        var roleChanged = await host.Http.PutAsJsonAsync("api/users/audit-vic/role", new { role = "admin" });
        var refused = await host.Http.DeleteAsync("api/users/nobody-by-this-name");
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        Assert.True(roleChanged.IsSuccessStatusCode, await roleChanged.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, refused.StatusCode);
        var page = await browser.NewWallPageAsync();
        await host.SignInAsAdminAsync(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "/admin/audit.html").ToString());

        var rows = page.Locator("#audit tr");
        await Expect(rows.First).ToContainTextAsync("/api/users/nobody-by-this-name");
        await Expect(rows.First).ToContainTextAsync("Delete /api/users/{userName}");
        await Expect(rows.First).ToContainTextAsync("refused: not found (404)");
        await Expect(rows.Nth(1)).ToContainTextAsync("Change role /api/users/{userName}/role");
        await Expect(rows.Nth(2)).ToContainTextAsync("Create /api/users");
        await Expect(rows.Nth(2)).ToContainTextAsync("done (201)");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show older changes" })).ToBeHiddenAsync();
        await PageScreenshot.SaveAsync(page, "admin-audit");
    }

    /// <summary>
    /// admin.wall.localhost and prize.wall.localhost are one site, so SameSite=Strict lets Chromium send the admin's
    /// session with the sibling page's form; the host's cross-site guard must refuse it by its Sec-Fetch-Site. The
    /// sibling's page is one of the host's own, served under the other name (Chromium lets only a page from loopback
    /// reach loopback), with its content security policy bypassed as a foreign page would have none.
    /// </summary>
    [Fact]
    public async Task ForgedPause_FromASiblingSubdomainWithTheAdminsSession_IsRefusedAndTheCollectorKeepsRunning()
    {
        var collectors = await host.Http.GetFromJsonAsync<System.Text.Json.JsonElement[]>("api/collectors");
        var target = collectors!.First(collector => !collector.GetProperty("paused").GetBoolean()).GetProperty("id").GetString();
        var adminSite = new UriBuilder(host.BaseAddress) { Host = "admin.wall.localhost" }.Uri;
        var prizePage = new UriBuilder(host.BaseAddress) { Host = "prize.wall.localhost", Path = "/account/login.html" }.Uri.ToString();
        await using var context = await browser.Browser.NewContextAsync(new() { BypassCSP = true });
        var page = await context.NewPageAsync();

        // Through the page, not Playwright's request context: only Chromium itself resolves *.localhost to loopback.
        await page.GotoAsync(new Uri(adminSite, "/account/login.html?returnUrl=%2Fadmin%2Fcollectors.html").ToString());
        await page.GetByLabel("User name").FillAsync(Dashboard.Host.Testing.DashboardHostFactory.AdminUserName);
        await page.GetByLabel("Password").FillAsync(host.Factory.AdminPassword!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^http://admin\\.wall\\.localhost:\\d+/admin/collectors\\.html$"));
        await page.GotoAsync(prizePage);
        await Expect(page).ToHaveURLAsync(prizePage);

        var answer = await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync(
                "url => { const form = document.createElement('form'); form.method = 'post'; form.action = url; document.body.append(form); form.submit(); }",
                new Uri(adminSite, $"/api/collectors/{target}/pause").ToString()),
            response => response.Url.EndsWith("/pause", StringComparison.Ordinal));

        var sent = await answer.Request.AllHeadersAsync();
        // Chromium adds Sec-Fetch-Site below the layer Playwright reports; the guard's own answer shows it was read.
        Assert.Contains(Dashboard.Host.Security.AuthenticationSchemes.CookieName, sent["cookie"], StringComparison.Ordinal);
        Assert.Equal(403, answer.Status);
        Assert.Contains("Cross-site request refused", await answer.TextAsync(), StringComparison.Ordinal);
        var after = await host.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/collectors/{target}");
        Assert.False(after.GetProperty("paused").GetBoolean());
    }

    [Fact]
    public async Task CollectorsList_FailingCollector_ShowsStateWordErrorAndLastSuccessAtAGlance()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        var created = await host.Http.PostAsJsonAsync("api/collectors", new
        {
            id = "broken-share",
            name = "Lobby feedback (share gone)",
            pluginId = "feedback",
            settings = new { source = "csvFolder", folder = missing },
            cron = "0 8 * * 1-5",
            timeZone = "Europe/Helsinki",
            enabled = true,
        });
        created.EnsureSuccessStatusCode();
        (await host.Http.PostAsync("api/collectors/broken-share/run", null)).EnsureSuccessStatusCode();
        var page = await browser.NewWallPageAsync();
        await host.SignInAsAdminAsync(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "/admin/collectors.html").ToString());

        var row = page.Locator("tr[data-collector='broken-share']");
        await Expect(row.Locator(".state-failing")).ToBeVisibleAsync(RunPatience);
        await Expect(row.Locator(".state")).ToHaveTextAsync("Failing");
        await Expect(row).ToContainTextAsync("DirectoryNotFoundException: The feedback folder");
        await Expect(row.Locator(".error-text")).ToHaveAttributeAsync("title", new Regex(Regex.Escape(missing)));
        await Expect(row).ToContainTextAsync("At 08:00 on weekdays");
        await Expect(row).ToContainTextAsync("never");
        await Expect(page.Locator("tr[data-collector='demo-feedback'] .state")).ToHaveTextAsync("OK");
        await PageScreenshot.SaveAsync(page, "admin-collectors");
    }

    [Fact]
    public async Task PluginsPage_BuiltPlugins_ShowStatusMetricsAndSettings()
    {
        var page = await browser.NewWallPageAsync();
        await host.SignInAsAdminAsync(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "/admin/plugins.html").ToString());

        var feedback = page.Locator("[data-plugin=feedback]");
        await Expect(feedback.Locator(".state")).ToHaveTextAsync("Active");
        await Expect(feedback).ToContainTextAsync("minimumAnswers");
        await Expect(feedback).ToContainTextAsync("min 0, max 23");
        await Expect(page.Locator("[data-plugin]")).ToHaveCountAsync(3);
        await Expect(page.Locator("nav.admin-nav a[aria-current=page]")).ToHaveTextAsync("Plugins");
        await PageScreenshot.SaveAsync(page, "admin-plugins");
    }

    private static ILocator Error(IPage page, string path) => page.Locator($"[data-path='{path}'] > .field-error");
}
