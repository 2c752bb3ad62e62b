namespace Dashboard.Plugins.ComplaintTrends.Csv;

/// <summary>The header names of a complaint CSV export, matched ignoring case and surrounding spaces.</summary>
public sealed class CsvColumnNames
{
    /// <summary>The complaint's id in the complaint system; required.</summary>
    public string Id { get; set; } = "id";

    /// <summary>When the complaint arrived; required.</summary>
    public string Received { get; set; } = "received";

    /// <summary>When the first reply or handling note was given; empty while none was.</summary>
    public string FirstReply { get; set; } = "first reply";

    /// <summary>When the complaint was closed; empty while it is open.</summary>
    public string Closed { get; set; } = "closed";

    /// <summary>The complaint's category.</summary>
    public string Category { get; set; } = "category";

    /// <summary>How the complaint arrived (web form, e-mail, phone, letter).</summary>
    public string Channel { get; set; } = "channel";

    /// <summary>The service point the complaint concerns.</summary>
    public string ServicePoint { get; set; } = "service point";

    /// <summary>Every column with its setting name, required ones first.</summary>
    internal IReadOnlyList<(string Setting, string Header)> All =>
    [
        (nameof(Id), Id), (nameof(Received), Received), (nameof(FirstReply), FirstReply), (nameof(Closed), Closed),
        (nameof(Category), Category), (nameof(Channel), Channel), (nameof(ServicePoint), ServicePoint),
    ];
}
