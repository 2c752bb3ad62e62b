using Dashboard.Host.Collectors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Scheduling;

/// <summary>Lets the collector form show a schedule in words and its next runs while the admin types.</summary>
public static class ScheduleApi
{
    public const int PreviewRuns = 5;

    public static RouteGroupBuilder MapScheduleApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/schedule/preview", Preview).WithTags("Collectors")
            .WithSummary("Describes a cron expression and lists its next five runs in a time zone.");
        return admin;
    }

    private static Results<Ok<SchedulePreview>, ValidationProblem> Preview(string? cron, string? timeZone, TimeProvider time)
    {
        var errors = new Dictionary<string, string[]>();
        var zoneId = string.IsNullOrWhiteSpace(timeZone) ? Collector.DefaultTimeZone : timeZone.Trim();
        var zone = CollectorSchedule.FindTimeZone(zoneId, errors);
        var expression = CollectorSchedule.TryParse(cron?.Trim() ?? "", zone, errors);
        if (expression is null || zone is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The schedule cannot be previewed.");
        }

        var runs = new List<DateTimeOffset>();
        var after = time.GetUtcNow();
        while (runs.Count < PreviewRuns && expression.GetNextOccurrence(after, zone) is { } next)
        {
            runs.Add(TimeZoneInfo.ConvertTime(next, zone));
            after = next;
        }

        return TypedResults.Ok(new SchedulePreview(cron!.Trim(), zoneId, CronDescriber.Describe(cron), runs));
    }
}
