using Hangfire.Dashboard;

namespace Dashboard.Hangfire.LiteDB.Tests.Dashboard;

/// <summary>A Hangfire Dashboard request without a web server: method, path, query and form values.</summary>
public sealed class PageRequest(string method, string path, IReadOnlyDictionary<string, string>? query = null, IReadOnlyDictionary<string, IList<string>>? form = null)
    : DashboardRequest
{
    public override string Method => method;

    public override string Path => path;

    public override string PathBase => "/hangfire";

    public override string LocalIpAddress => "127.0.0.1";

    public override string RemoteIpAddress => "127.0.0.1";

    public override string? GetQuery(string key) => query?.GetValueOrDefault(key);

    public override Task<IList<string>> GetFormValuesAsync(string key) =>
        Task.FromResult(form?.GetValueOrDefault(key) ?? (IList<string>)[]);
}
