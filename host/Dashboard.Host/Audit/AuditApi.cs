using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Audit;

public static class AuditApi
{
    public const int MaxPage = 500;

    /// <summary><c>GET /api/audit?limit=100&amp;before={id}</c>: the newest changes first; <c>before</c> pages back.</summary>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", Read).WithTags("Audit");
        return admin;
    }

    private static Results<Ok<List<AuditEntryResponse>>, ValidationProblem> Read(AuditLog log, int? limit, long? before)
    {
        var pageSize = limit ?? 100;
        if (pageSize is < 1 or > MaxPage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"Give a limit from 1 to {MaxPage}, not {pageSize}."],
            });
        }

        return TypedResults.Ok(log.Newest(pageSize, before).Select(AuditEntryResponse.From).ToList());
    }
}
