using System.Security.Claims;
using Dashboard.Host.Screens;
using Dashboard.Host.Security;

namespace Dashboard.Host.Tests.Security;

public sealed class DashboardAccessTests
{
    [Fact]
    public void CanView_ScreenToken_SeesOnlyItsDashboards()
    {
        var screen = Principals.ForScreen(new DisplayScreen { Id = "s1", Name = "Lobby", DashboardIds = ["lobby", "queues"] }, AuthenticationSchemes.DisplayToken);

        Assert.True(DashboardAccess.CanView(screen, "lobby"));
        Assert.True(DashboardAccess.CanView(screen, "queues"));
        Assert.False(DashboardAccess.CanView(screen, "complaints"));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Viewer)]
    public void CanView_SignedInUser_SeesEveryDashboard(string role)
    {
        var user = Principals.ForUser(new DashboardUser { Id = "u", UserName = "u", Role = role, SecurityStamp = "s" });

        Assert.True(DashboardAccess.CanView(user, "anything"));
    }

    [Fact]
    public void CanView_NobodyAndAnonymousWatcher_DependOnTheSetting()
    {
        Assert.False(DashboardAccess.CanView(new ClaimsPrincipal(new ClaimsIdentity()), "default"));
        Assert.True(DashboardAccess.CanView(Principals.AnonymousWatcher(AuthenticationSchemes.AnonymousWall), "default"));
    }
}
