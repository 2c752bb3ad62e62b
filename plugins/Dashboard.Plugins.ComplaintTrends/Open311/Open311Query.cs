namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>Which time an Open311 poll asks the server to filter on.</summary>
public enum Open311Query
{
    /// <summary>
    /// The standard <c>start_date</c>/<c>end_date</c>, which filter on <c>requested_datetime</c>; each poll reaches
    /// <c>lookBackDays</c> back so that status changes of recent requests are seen.
    /// </summary>
    Requested,

    /// <summary>The CitySDK extension <c>updated_after</c>/<c>updated_before</c>, which filter on <c>updated_datetime</c>.</summary>
    Updated,
}
