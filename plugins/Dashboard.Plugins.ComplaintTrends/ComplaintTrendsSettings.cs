using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Dashboard.Plugins.ComplaintTrends.Csv;
using Dashboard.Sdk;
using Dashboard.Plugins.ComplaintTrends.Open311;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>
/// An admin's settings for one complaint-trends collector. The collector's time zone (given by the host) places local
/// days, working days and times written without an offset.
/// </summary>
public sealed class ComplaintTrendsSettings : IValidatableObject
{
    /// <summary>Where scheduled reads take complaints from.</summary>
    public ComplaintSource Source { get; set; }

    /// <summary>The Open311 endpoint, e.g. <c>https://asiointi.hel.fi/palautews/rest/v1/</c>; <c>requests.json</c> is added.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The <c>jurisdiction_id</c> to send; needed only when the server serves several jurisdictions.</summary>
    public string? JurisdictionId { get; set; }

    /// <summary>Sent as the <c>api_key</c> query parameter when the server asks for one; never logged or shown in errors.</summary>
    [Secret]
    public string? ApiKey { get; set; }

    /// <summary>Requests per page asked with <c>page</c>/<c>page_size</c>; null sends no paging parameters.</summary>
    [Range(1, 1000, ErrorMessage = "Give a page size from 1 to 1000 requests, or null when the server does not page.")]
    public int? PageSize { get; set; } = 100;

    /// <summary>Whether polls filter on the request time (standard) or on the update time (CitySDK servers).</summary>
    public Open311Query Query { get; set; }

    /// <summary>Sends <c>extensions=true</c> so that CitySDK servers include status history (Helsinki, 6Aika).</summary>
    public bool Extensions { get; set; } = true;

    /// <summary>How far before the checkpoint each poll starts again, so that nothing at the boundary is missed.</summary>
    [Range(0, 1440, ErrorMessage = "Give an overlap from 0 to 1440 minutes.")]
    public int OverlapMinutes { get; set; } = 10;

    /// <summary>With the requested query, how many days of requests each poll reads again to see their status changes.</summary>
    [Range(0, 90, ErrorMessage = "Give from 0 to 90 look-back days.")]
    public int LookBackDays { get; set; } = 30;

    /// <summary>
    /// How many days the first read of an Open311 or demo source covers: by default a week and a day, so that the first
    /// figures can already compare today with the same weekday a week earlier.
    /// </summary>
    [Range(1, 365, ErrorMessage = "Give from 1 to 365 days for the first read.")]
    public int FirstReadDays { get; set; } = 8;

    /// <summary>How long one HTTP request may take before the run fails.</summary>
    [Range(1, 600, ErrorMessage = "Give a timeout from 1 to 600 seconds.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The folder the complaint system exports CSV files to.</summary>
    public string? CsvFolder { get; set; }

    /// <summary>Which files of the folder to read, e.g. <c>complaints-*.csv</c>.</summary>
    public string CsvFilePattern { get; set; } = "*.csv";

    /// <summary>The field separator of the CSV files; <c>;</c> for exports from a spreadsheet in a Finnish locale.</summary>
    public string CsvDelimiter { get; set; } = ",";

    /// <summary>The header names of the CSV columns.</summary>
    public CsvColumnNames CsvColumns { get; set; } = new();

    /// <summary>The service promise: a complaint is answered by the end of this many working days after its arrival day.</summary>
    [Range(1, 100, ErrorMessage = "Give a promise from 1 to 100 working days.")]
    public int PromiseWorkingDays { get; set; } = 5;

    /// <summary>How many categories the top categories figure lists.</summary>
    [Range(1, 50, ErrorMessage = "Give from 1 to 50 top categories.")]
    public int TopCategories { get; set; } = 5;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Source))
        {
            yield return new ValidationResult("Unknown source; use demo, open311 or csvFolder.", [nameof(Source)]);
        }

        if (Source == ComplaintSource.Open311 && !IsHttpUrl(BaseUrl))
        {
            yield return new ValidationResult(
                "Give the Open311 server's base URL starting with http:// or https://, e.g. https://asiointi.hel.fi/palautews/rest/v1/.",
                [nameof(BaseUrl)]);
        }

        if (Source == ComplaintSource.CsvFolder && string.IsNullOrWhiteSpace(CsvFolder))
        {
            yield return new ValidationResult("Give the folder the CSV exports are written to.", [nameof(CsvFolder)]);
        }

        if (string.IsNullOrWhiteSpace(CsvFilePattern) || CsvFilePattern.IndexOfAny(['/', '\\']) >= 0)
        {
            yield return new ValidationResult("Give a file name pattern without folders, such as *.csv.", [nameof(CsvFilePattern)]);
        }

        if (CsvDelimiter is null || CsvDelimiter.Length != 1 || CsvDelimiter is "\"" or "\r" or "\n")
        {
            yield return new ValidationResult("Give one separator character, such as , or ; (not a quote or a line break).", [nameof(CsvDelimiter)]);
        }

        foreach (var problem in ValidateColumns())
        {
            yield return new ValidationResult(problem, [nameof(CsvColumns)]);
        }
    }

    private IEnumerable<string> ValidateColumns()
    {
        if (CsvColumns is null)
        {
            yield return "Give the CSV column names or leave the setting out for the defaults.";
            yield break;
        }

        foreach (var (setting, header) in CsvColumns.All.Where(column => string.IsNullOrWhiteSpace(column.Header)))
        {
            yield return $"The column name for {JsonNamingPolicy.CamelCase.ConvertName(setting)} must not be blank.";
        }

        var repeated = CsvColumns.All
            .Where(column => !string.IsNullOrWhiteSpace(column.Header))
            .GroupBy(column => column.Header.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (repeated.Count > 0)
        {
            yield return $"Each column needs its own name; used more than once: {string.Join(", ", repeated)}.";
        }
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
