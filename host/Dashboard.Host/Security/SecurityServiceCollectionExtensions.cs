using Dashboard.Host.Screens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Host.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Users, cookies, display tokens, the four policies, the sign-in rate limit and Data Protection keys in the data folder.</summary>
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SetupOptions>().Bind(configuration.GetSection(SetupOptions.SectionName));
        services.AddOptions<SignInLimitOptions>().Bind(configuration.GetSection(SignInLimitOptions.SectionName));
        services.AddRateLimiter(options => options.AddSignInLimit());
        services.AddSingleton<UserStore>();
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<DisplayScreenStore>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<DisplayConnections>();
        services.AddSingleton<CookieEvents>();
        services.AddHostedService<FirstAdminSetup>();
        services.AddHostedService<Collectors.SecretSettingsUpgrade>();

        services.AddDataProtection().SetApplicationName("Dashboard");
        services.AddOptions<KeyManagementOptions>().Configure<Configuration.DashboardPaths, ILoggerFactory>((options, paths, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")), loggers));

        services.AddAuthentication(AuthenticationSchemes.Default)
            .AddPolicyScheme(AuthenticationSchemes.Default, "Cookie, display token or anonymous wall", options =>
            {
                options.ForwardDefaultSelector = context =>
                    DisplayTokenHandler.HasToken(context.Request) ? AuthenticationSchemes.DisplayToken
                    : context.Request.Cookies.ContainsKey(AuthenticationSchemes.CookieName) ? CookieAuthenticationDefaults.AuthenticationScheme
                    : AuthenticationSchemes.AnonymousWall;

                // Refusals always speak through the cookie scheme's events: a status code for the API, the sign-in page for pages.
                options.ForwardChallenge = CookieAuthenticationDefaults.AuthenticationScheme;
                options.ForwardForbid = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = AuthenticationSchemes.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/account/login.html";
                options.EventsType = typeof(CookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, DisplayTokenHandler>(AuthenticationSchemes.DisplayToken, null)
            .AddScheme<AuthenticationSchemeOptions, AnonymousWallHandler>(AuthenticationSchemes.AnonymousWall, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Editor, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Policies.Viewer, policy => policy.RequireRole(Roles.All))
            .AddPolicy(Policies.Watch, policy => policy.RequireAuthenticatedUser())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.Admin).Build());
        services.AddAntiforgery();
        return services;
    }
}
