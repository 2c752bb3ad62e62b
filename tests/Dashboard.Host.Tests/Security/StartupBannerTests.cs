using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Security;

/// <summary>What the console says at start about the first admin: the setup link while nobody can sign in, never a password.</summary>
public sealed class StartupBannerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Print_NoUser_ShowsTheSetupLinkOnLocalhost()
    {
        using var host = new HostWithPlugins(new Dictionary<string, string?> { ["Dashboard:Setup:AdminPassword"] = null }, "fixture-good");
        var address = host.Factory.StartOnKestrel();

        var line = await host.Logs.WaitForAsync(entry => entry.Message.Contains("/account/setup.html", StringComparison.Ordinal), Patience);

        Assert.Contains($"http://localhost:{address.Port}/account/setup.html", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_AdminFromTheSetting_LogsTheAdminButNeverThePassword()
    {
        using var host = new HostWithPlugins(new Dictionary<string, string?>(), "fixture-good");
        host.Factory.StartOnKestrel();

        await host.Logs.WaitForAsync(entry => entry.Message.Contains("Created the first admin 'admin'", StringComparison.Ordinal), Patience);
        await host.Logs.WaitForAsync(entry => entry.Message.Contains("Admin pages:", StringComparison.Ordinal), Patience);

        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Message.Contains(host.Factory.AdminPassword!, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Message.Contains("/account/setup.html", StringComparison.Ordinal));
    }
}
