using Hangfire;
using Hangfire.Dashboard;

namespace Dashboard.Hangfire.LiteDB.Tests.Dashboard;

/// <summary>One dashboard request on a storage, dispatched through Hangfire's own route table.</summary>
public sealed class PageContext : DashboardContext
{
    private PageContext(JobStorage storage, PageRequest request)
        : base(storage, new DashboardOptions())
    {
        Request = request;
        Response = new PageResponse();
    }

    public PageResponse Page => (PageResponse)Response;

    public static async Task<PageResponse> RenderAsync(JobStorage storage, PageRequest request)
    {
        var route = DashboardRoutes.Routes.FindDispatcher(request.Path)
            ?? throw new InvalidOperationException($"The dashboard has no route {request.Path}.");
        var context = new PageContext(storage, request) { UriMatch = route.Item2 };
        await route.Item1.Dispatch(context);
        return context.Page;
    }
}
