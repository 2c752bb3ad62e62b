using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Host.Security;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Security;

/// <summary>The content security policy the host's pages are served with, read from real answers.</summary>
public sealed partial class SecurityHeadersTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task WallPage_ItsInlineReloadWatchdog_IsAllowedByHashAndNothingElseInline()
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await admin.GetAsync("/wall.html");
        var page = await answer.Content.ReadAsStringAsync();
        var policy = answer.Headers.GetValues("Content-Security-Policy").Single();

        var inlineScripts = InlineScript().Matches(page).Select(match => match.Groups["body"].Value).ToList();
        var watchdog = Assert.Single(inlineScripts);
        Assert.Contains("location.reload()", watchdog, StringComparison.Ordinal);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(watchdog)));
        var scriptSources = policy.Split(';').Select(directive => directive.Trim()).Single(directive => directive.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal($"script-src 'self' 'sha256-{hash}'", scriptSources);
    }

    // The admin tools (Hangfire's dashboard, the Scalar API reader) bring inline scripts of their own.
    [Theory]
    [InlineData("/", SecurityHeadersMiddleware.OwnPagesPolicy)]
    [InlineData("/admin/users.html", SecurityHeadersMiddleware.OwnPagesPolicy)]
    [InlineData("/api/dashboards", SecurityHeadersMiddleware.OwnPagesPolicy)]
    [InlineData("/account/login.html", SecurityHeadersMiddleware.OwnPagesPolicy)]
    [InlineData("/hangfire", SecurityHeadersMiddleware.FramingOnlyPolicy)]
    [InlineData("/scalar", SecurityHeadersMiddleware.FramingOnlyPolicy)]
    public async Task Answer_CarriesThePolicyOfItsKindOfPage(string path, string policy)
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await admin.GetAsync(path);

        Assert.True(answer.IsSuccessStatusCode, $"{path}: {answer.StatusCode}");
        Assert.Equal(policy, answer.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", answer.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", answer.Headers.GetValues("Referrer-Policy").Single());
    }

    // Every script element without a src, whatever its other attributes.
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
