using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Dashboard.Host.Configuration;

/// <summary>
/// A request the API cannot read (broken JSON, text where a number belongs, a query value of the wrong kind) is the sender's mistake: a 400 that
/// names the field and where it stands, not a 500.
/// </summary>
public sealed partial class UnreadableBodyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, message) = badRequest.InnerException is JsonException json
            ? (FieldOf(json.Path), $"The value cannot be read here (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}); check the JSON syntax and that the value is of the documented kind.")
            : (ParameterOf(badRequest.Message), badRequest.Message);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = badRequest.StatusCode,
                Title = "The request body cannot be read.",
            },
        });
    }

    // ASP.NET names a query or route value it cannot bind as: Failed to bind parameter "DateTimeOffset? from" from "x".
    private static string ParameterOf(string message) =>
        BoundParameter().Match(message) is { Success: true } match ? match.Groups["name"].Value : "body";

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>\\w+)\"")]
    private static partial Regex BoundParameter();

    // "$.settings.csvPath" names the field "settings.csvPath"; the whole document is "body".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
