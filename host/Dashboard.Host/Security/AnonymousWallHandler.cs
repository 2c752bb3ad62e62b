using System.Text.Encodings.Web;
using Dashboard.Host.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Security;

/// <summary>A request with no credentials: an anonymous watcher of every dashboard when <c>Dashboard:AllowAnonymousWalls</c> is on, otherwise nobody.</summary>
public sealed class AnonymousWallHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptionsMonitor<DashboardOptions> dashboard)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(
        dashboard.CurrentValue.AllowAnonymousWalls
            ? AuthenticateResult.Success(new AuthenticationTicket(Principals.AnonymousWatcher(Scheme.Name), Scheme.Name))
            : AuthenticateResult.NoResult());
}
