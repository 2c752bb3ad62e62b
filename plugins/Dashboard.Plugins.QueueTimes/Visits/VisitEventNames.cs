using Dashboard.Plugins.QueueTimes.Input;

namespace Dashboard.Plugins.QueueTimes.Visits;

/// <summary>
/// The event names read, after <see cref="FieldNames.Normalise"/>: Qmatic Orchestra's public event names
/// (VISIT_CREATE, VISIT_CALL, VISIT_END, VISIT_NOSHOW, VISIT_REMOVE, VISIT_TRANSFER_TO_QUEUE, VISIT_RECYCLE,
/// SERVICE_POINT_OPEN/CLOSE, USER_SERVICE_POINT_SESSION_START/END...) and plain words for other systems.
/// </summary>
internal static class VisitEventNames
{
    private static readonly Dictionary<string, VisitEventKind> Kinds = Build(
        (VisitEventKind.Created, ["visitcreate", "created", "create", "ticketissued", "issued", "arrived", "checkin"]),
        (VisitEventKind.Called, ["visitcall", "called", "call"]),
        (VisitEventKind.Ended, ["visitend", "ended", "end", "served", "completed", "finished"]),
        (VisitEventKind.NoShow, ["visitnoshow", "noshow"]),
        (VisitEventKind.Removed, ["visitremove", "removed", "remove", "cancelled", "canceled", "left"]),
        (VisitEventKind.Requeued,
            ["visittransfertoqueue", "visittransfertoservicepointpool", "visittransfertouserpool", "visitrecycle", "transferred", "transfer", "requeued", "recycled"]),
        (VisitEventKind.Opened, ["servicepointopen", "userservicepointsessionstart", "opened", "open"]),
        (VisitEventKind.Closed, ["servicepointclose", "userservicepointsessionend", "closed", "close"]),
        (VisitEventKind.Unused,
            ["visitconfirm", "visitnext", "usersessionstart", "usersessionend", "reset", "userservicepointworkprofileset", "visitcallnext"]));

    /// <summary>What <paramref name="eventName"/> means; <see cref="VisitEventKind.Unknown"/> for a name not listed.</summary>
    public static VisitEventKind Find(string eventName) =>
        Kinds.GetValueOrDefault(FieldNames.Normalise(eventName), VisitEventKind.Unknown);

    private static Dictionary<string, VisitEventKind> Build(params (VisitEventKind Kind, string[] Names)[] groups) =>
        groups.SelectMany(group => group.Names.Select(name => (name, group.Kind)))
            .ToDictionary(pair => pair.name, pair => pair.Kind, StringComparer.Ordinal);
}
