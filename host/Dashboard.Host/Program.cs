using Dashboard.Host.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
app.MapDashboard();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();

/// <summary>Entry point; public so that tests can start the host with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
