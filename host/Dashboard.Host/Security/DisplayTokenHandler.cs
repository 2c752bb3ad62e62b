using System.Text.Encodings.Web;
using Dashboard.Host.Live;
using Dashboard.Host.Screens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Security;

/// <summary>
/// Authenticates a wall screen by its display token: <c>Authorization: Bearer dst_...</c>, or on the live hub the
/// <c>access_token</c> query parameter. An unknown or revoked token fails; no token leaves the request to the others.
/// </summary>
public sealed class DisplayTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DisplayScreenStore screens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string RevokedMessage = "This screen's access was revoked, or its token is unknown. Pair the screen again.";

    /// <summary>
    /// Whether the request carries a display token, so that this scheme answers for it. Only tokens with the display prefix
    /// count: an ingest key travels in the same header and belongs to the ingest endpoint.
    /// </summary>
    public static bool HasToken(HttpRequest request) => TokenOf(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (TokenOf(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        var screen = await screens.VerifyAsync(token, Context.RequestAborted);
        return screen is null
            ? AuthenticateResult.Fail(RevokedMessage)
            : AuthenticateResult.Success(new AuthenticationTicket(Principals.ForScreen(screen, Scheme.Name), Scheme.Name));
    }

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header[7..].Trim() is var bearer && IsDisplayToken(bearer))
        {
            return bearer;
        }

        return request.Path.StartsWithSegments(LiveHub.Path) && request.Query[AuthenticationSchemes.AccessTokenQuery].ToString() is var query && IsDisplayToken(query)
            ? query
            : null;
    }

    private static bool IsDisplayToken(string candidate) => candidate.StartsWith(DisplayScreenStore.TokenPrefix, StringComparison.Ordinal);
}
