namespace Dashboard.Plugins.ComplaintTrends.Figures;

/// <summary>
/// The service promise "answered within N working days". As the Act on the Calculation of Statutory Time Limits
/// (150/1930, section 2) counts days, the arrival day does not count: the deadline is the end (local midnight) of the
/// N-th working day after the local day the complaint arrived, in the collector's time zone, whatever the time of
/// arrival. A complaint arriving on Friday at 16:00 with a promise of 5 working days is due by the end of the next
/// Friday. Each complaint is decided once: when it is answered, on time or late, or when its deadline passes
/// unanswered (late, even if it is answered later).
/// </summary>
internal sealed class ServicePromise(int workingDays, TimeZoneInfo zone)
{
    /// <summary>The moment a complaint received at <paramref name="received"/> must be answered by.</summary>
    public DateTimeOffset Deadline(DateTimeOffset received)
    {
        var lastDay = FinnishWorkingDays.AddWorkingDays(LocalTimes.DateOf(received, zone), workingDays);
        return LocalTimes.StartOf(lastDay.AddDays(1), zone);
    }

    /// <summary>When the complaint's promise was decided, and whether it was kept; null while it is still open.</summary>
    public (DateTimeOffset DecidedAt, bool Kept)? Outcome(ComplaintView complaint, DateTimeOffset now)
    {
        var deadline = Deadline(complaint.Received);
        return complaint.FirstReply is { } reply && reply <= deadline ? (reply, true)
            : deadline < now ? (deadline, false)
            : null;
    }
}
