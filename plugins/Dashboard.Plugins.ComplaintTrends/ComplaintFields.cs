namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>
/// The record fields of a complaint besides <c>start</c> (arrival) and <c>end</c> (closing, null while open).
/// Descriptions, addresses and names are not stored: figures do not need them and complaints carry personal data.
/// </summary>
internal static class ComplaintFields
{
    /// <summary>When the first reply or handling note was given; null while none was.</summary>
    public const string FirstReply = "firstReply";

    /// <summary>The category (Open311 <c>service_name</c>).</summary>
    public const string Category = "category";

    /// <summary>How the complaint arrived; only CSV exports say.</summary>
    public const string Channel = "channel";

    /// <summary>The service point or agency the complaint concerns (Open311 <c>agency_responsible</c>).</summary>
    public const string ServicePoint = "servicePoint";

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    public const string Status = "status";

    /// <summary>Open311 <c>service_code</c>.</summary>
    public const string ServiceCode = "serviceCode";

    /// <summary>CitySDK <c>extended_attributes.detailed_status</c>, e.g. <c>IN_PROCESS,PUBLIC_WORKS_NEW</c>.</summary>
    public const string DetailedStatus = "detailedStatus";

    /// <summary>Open311 <c>expected_datetime</c>.</summary>
    public const string Expected = "expected";

    /// <summary>WGS84 latitude; left out when the source gives none or 0.</summary>
    public const string Latitude = "lat";

    /// <summary>WGS84 longitude; left out when the source gives none or 0.</summary>
    public const string Longitude = "long";

    /// <summary>The category given to complaints whose source names none.</summary>
    public const string NoCategory = "Uncategorised";

    /// <summary>The longest category, channel or service point kept; longer names are cut to fit a wall tile.</summary>
    public const int MaxNameLength = 100;
}
