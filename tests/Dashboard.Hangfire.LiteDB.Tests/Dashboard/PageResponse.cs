using System.Text;
using Hangfire.Dashboard;

namespace Dashboard.Hangfire.LiteDB.Tests.Dashboard;

/// <summary>Collects what a dashboard page writes.</summary>
public sealed class PageResponse : DashboardResponse
{
    private readonly MemoryStream _body = new();

    public override string? ContentType { get; set; }

    public override int StatusCode { get; set; } = 200;

    public override Stream Body => _body;

    public string Text => Encoding.UTF8.GetString(_body.ToArray());

    public override void SetExpire(DateTimeOffset? value)
    {
    }

    public override async Task WriteAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _body.WriteAsync(bytes);
    }
}
