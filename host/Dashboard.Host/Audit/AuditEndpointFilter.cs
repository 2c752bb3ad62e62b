using System.Security.Claims;
using Dashboard.Host.Security;

namespace Dashboard.Host.Audit;

/// <summary>
/// Writes every change that reaches the admin and editor API to the <see cref="AuditLog"/>, refused ones (400, 404,
/// 409) and failed ones too; reads (GET, HEAD, OPTIONS) are not changes and are not written.
/// </summary>
public sealed class AuditEndpointFilter(AuditLog log, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!ApiRequests.IsChange(http.Request))
        {
            return await next(context);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await RecordAsync(http, StatusCodes.Status500InternalServerError);
            throw;
        }

        await RecordAsync(http, StatusOf(result, http));
        return result;
    }

    // A typed union (Results<Ok, NotFound>) wraps the result it was given; a handler that answers without a result has set the status itself.
    private static int StatusOf(object? result, HttpContext http)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result is IStatusCodeHttpResult { StatusCode: { } status } ? status : http.Response.StatusCode;
    }

    // The change has been made by now: the entry is written even when the request was cancelled meanwhile.
    private Task RecordAsync(HttpContext http, int status) =>
        log.RecordAsync(new AuditEntry
        {
            TimeUtcTicks = time.GetUtcNow().UtcTicks,
            User = http.User.FindFirstValue(ClaimTypes.Name) ?? "",
            Method = http.Request.Method,
            Route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern ? "/" + pattern.Trim('/') : "",
            Path = http.Request.Path.Value ?? "",
            Status = status,
        }, CancellationToken.None);
}
