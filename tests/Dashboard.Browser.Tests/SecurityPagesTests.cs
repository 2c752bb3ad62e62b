using System.Text.RegularExpressions;
using Dashboard.Host.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The sign-in, setup, screens and pairing pages in Chromium against the real host, anonymous walls off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityPagesTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();

    [Fact]
    public async Task Setup_FirstRunOnThisMachine_ShowsTheFieldErrorThenCreatesTheAdmin()
    {
        var address = StartHost(new Dictionary<string, string?> { ["Dashboard:Setup:AdminPassword"] = null });
        var page = await browser.NewWallPageAsync();

        await page.GotoAsync(new Uri(address, "/account/login.html").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up the first admin" }).ClickAsync();
        await page.GetByLabel("User name").FillAsync("chief");
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("short");
        await page.GetByLabel("Password again").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the admin and sign in" }).ClickAsync();
        await Expect(page.Locator("#password-error")).ToContainTextAsync("at least 12 characters");
        await Expect(page.GetByLabel("Password (at least 12 characters)")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("chiefs-long-password");
        await page.GetByLabel("Password again").FillAsync("chiefs-long-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the admin and sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/screens\\.html$"));
        await page.GotoAsync(new Uri(address, "/account/setup.html").ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\.html$"));
    }

    [Fact]
    public async Task Screens_AdminCreatesAScreen_TheLinkShowsTheWallUntilRevoked()
    {
        var factory = CreateFactory([]);
        var address = factory.StartOnKestrel();
        var admin = await browser.NewWallPageAsync();
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(admin, address, "/admin/screens.html", DashboardHostFactory.AdminUserName, "wrong-password-1");
        await Expect(admin.Locator("[data-error-for=form]")).ToContainTextAsync("wrong");
        await admin.GetByLabel("Password").FillAsync(factory.AdminPassword!);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/admin/screens\\.html$"));

        await admin.GetByLabel("Name (where the screen hangs)").FillAsync("Lobby TV");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add screen" }).ClickAsync();
        await Expect(admin.Locator("#issued [data-part=link]")).ToHaveAttributeAsync("href", new Regex("token=dst_"));
        var link = await admin.Locator("#issued [data-part=link]").GetAttributeAsync("href");
        await Expect(admin.Locator("#issued [data-part=code]")).ToHaveTextAsync(new Regex("^[A-Z2-9]{8}$"));
        var tv = new Wall(await browser.NewWallPageAsync());
        await tv.Page.GotoAsync(link!);
        await tv.WaitForConnectionAsync("connected");
        await Expect(tv.Page).Not.ToHaveURLAsync(new Regex("token="));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Revoke Lobby TV" }).ClickAsync();

        await Expect(tv.Page.Locator("#display-access-notice")).ToContainTextAsync("This screen's access was revoked", new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
    }

    [Fact]
    public async Task Pair_CodeTypedOnTheTv_OpensTheWall()
    {
        var factory = CreateFactory([]);
        var address = factory.StartOnKestrel();
        using var admin = factory.CreateAdminClient();
        var created = await admin.PostAsync("/api/screens", System.Net.Http.Json.JsonContent.Create(new { name = "Hall", dashboardIds = new[] { "default" } }));
        var code = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("pairingCode").GetString()!;
        var tv = new Wall(await browser.NewWallPageAsync());

        await tv.Page.GotoAsync(new Uri(address, "/pair").ToString());
        await tv.Page.GetByLabel("Pairing code (8 characters)").FillAsync(code.ToLowerInvariant());
        await tv.Page.GetByRole(AriaRole.Button, new() { Name = "Pair" }).ClickAsync();

        await tv.WaitForConnectionAsync("connected");
        await Expect(tv.Page.Locator("#display-access-notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AdminPage_Anonymous_IsSentToSignInAndAWallWithoutTokenSaysSo()
    {
        var address = StartHost([]);
        var page = await browser.NewWallPageAsync();

        await page.GotoAsync(new Uri(address, "/admin/users.html").ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\.html\\?returnUrl=%2Fadmin%2Fusers\\.html$"));
        await page.GotoAsync(address.ToString());

        await Expect(page.Locator("#display-access-notice")).ToContainTextAsync("This screen has no access yet");
    }

    private static async Task SignInAsync(IPage page, Uri address, string returnUrl, string userName, string password)
    {
        await page.GotoAsync(new Uri(address, "/account/login.html?returnUrl=" + Uri.EscapeDataString(returnUrl)).ToString());
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private Uri StartHost(Dictionary<string, string?> settings) => CreateFactory(settings).StartOnKestrel();

    // Kept until every browser test ran: see BrowserFixture.DisposeAtTheEnd.
    private DashboardHostFactory CreateFactory(Dictionary<string, string?> settings)
    {
        var factory = new DashboardHostFactory(settings);
        browser.DisposeAtTheEnd(factory);
        return factory;
    }
}
