using System.Net;
using System.Text;
using Dashboard.Host.Security;
using Dashboard.Host.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Security;

/// <summary>Walks every mapped route: each has an access decision, and the admin ones refuse everybody but admins.</summary>
public sealed class EndpointAccessTests : IDisposable
{
    // Reachable without signing in, each for its reason; docs/security.md lists them under "What is public".
    private static readonly HashSet<string> PublicRoutes =
    [
        "POST /api/account/login",
        "POST /api/account/logout",
        "GET /api/account/setup",
        "POST /api/account/setup",
        "POST /api/screens/pair",
        "POST /api/collectors/{id}/events",
        "GET /healthz",
        "GET /pair",
        "GET /d/{id}",
        "GET /p/{id}",
        "GET /edit/{id}",
    ];

    // The API reader's own files (scripts, icon), which Scalar maps public; its page and the OpenAPI document need an admin.
    private static readonly System.Text.RegularExpressions.Regex ScalarScript = new(@"^GET /scalar/[a-z.-]+\.(js|svg|css)$");

    private readonly HostWithPlugins _host = new("fixture-good");

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Routes_EveryOne_HasAnAccessDecisionAndOnlyDocumentedOnesArePublic()
    {
        var routes = Routes().ToList();
        Assert.Contains(routes, route => route.Name.StartsWith("GET /api/users", StringComparison.Ordinal));

        foreach (var route in routes)
        {
            if (route.IsPublic)
            {
                Assert.True(PublicRoutes.Contains(route.Name) || ScalarScript.IsMatch(route.Name), $"{route.Name} allows anonymous callers but is not a documented public route.");
            }
            else
            {
                Assert.True(route.Policies.Count > 0, $"{route.Name} has no access decision: put it in a group with RequireAuthorization(Policies...).");
            }
        }
    }

    [Fact]
    public async Task AdminRoutes_AnonymousViewerAndScreen_AreRefusedWith401Or403()
    {
        using var admin = _host.Factory.CreateAdminClient();
        using var anonymous = _host.Factory.CreateClient();
        using var viewer = await AccessClients.CreateUserClientAsync(_host.Factory, admin, "vera", Roles.Viewer);
        await HostWithPlugins.CreateAsync(admin, HostWithPlugins.Collector("lobby", "fixture-good"));
        var screen = await AccessClients.CreateScreenAsync(admin, "lobby");
        using var screenClient = AccessClients.WithToken(_host.Factory.CreateClient(), screen.Token);
        var adminRoutes = Routes().Where(route => route.Policies.Contains(Policies.Admin) && route.Pattern.StartsWith("/api", StringComparison.Ordinal)).ToList();
        Assert.True(adminRoutes.Count >= 15, $"Only {adminRoutes.Count} admin routes were found.");

        foreach (var route in adminRoutes)
        {
            Assert.Equal((route.Name, HttpStatusCode.Unauthorized), (route.Name, (await SendAsync(anonymous, route)).StatusCode));
            Assert.Equal((route.Name, HttpStatusCode.Forbidden), (route.Name, (await SendAsync(viewer, route)).StatusCode));
            Assert.Equal((route.Name, HttpStatusCode.Forbidden), (route.Name, (await SendAsync(screenClient, route)).StatusCode));
        }
    }

    [Fact]
    public async Task WatchRoutes_Anonymous_AreRefusedWith401ProblemAndViewerReads()
    {
        using var admin = _host.Factory.CreateAdminClient();
        using var anonymous = _host.Factory.CreateClient();
        using var viewer = await AccessClients.CreateUserClientAsync(_host.Factory, admin, "walt", Roles.Viewer);
        var watchRoutes = Routes().Where(route => route.Policies.Contains(Policies.Watch) && route.Pattern.StartsWith("/api", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(watchRoutes);

        foreach (var route in watchRoutes)
        {
            var refused = await SendAsync(anonymous, route);
            Assert.Equal((route.Name, HttpStatusCode.Unauthorized), (route.Name, refused.StatusCode));
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain((await SendAsync(viewer, route)).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        }
    }

    [Fact]
    public async Task Hangfire_AnonymousAndViewer_AreSentToSignInAndAdminSeesJobs()
    {
        using var admin = _host.Factory.CreateAdminClient();
        await AccessClients.CreateUserClientAsync(_host.Factory, admin, "vic", Roles.Editor);
        using var anonymous = _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var editor = _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Testing.DashboardHostFactory.SignIn(editor, "vic", AccessClients.ViewerPassword);

        var anonymousAnswer = await anonymous.GetAsync("/hangfire");
        var editorAnswer = await editor.GetAsync("/hangfire/recurring");
        var adminAnswer = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, anonymousAnswer.StatusCode);
        Assert.StartsWith("/account/login.html?returnUrl=%2Fhangfire", anonymousAnswer.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, editorAnswer.StatusCode);
        Assert.Contains("denied=1", editorAnswer.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminAnswer.StatusCode);
        Assert.Contains("Dashboard jobs", await adminAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_Anonymous_AreSentToSignIn()
    {
        using var anonymous = _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await anonymous.GetAsync("/admin/users.html");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/account/login.html?returnUrl=%2Fadmin%2Fusers.html", answer.Headers.Location?.OriginalString);
        Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SecurityHeadersMiddleware.OwnPagesPolicy, answer.Headers.GetValues("Content-Security-Policy").Single());
    }

    private IEnumerable<Route> Routes() =>
        _host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(endpoint => new Route(
            endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET",
            "/" + endpoint.RoutePattern.RawText!.TrimStart('/'),
            endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy ?? "(default)").ToList()));

    // Route values become "x"; a body, where one may be read, is an empty object: refusal comes before either is looked at.
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Route route)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(route.Pattern, "{[^}]+}", "x");
        var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    private sealed record Route(string Method, string Pattern, bool IsPublic, IReadOnlyList<string> Policies)
    {
        public string Name => $"{Method} {Pattern}";
    }
}
