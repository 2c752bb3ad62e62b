using Dashboard.Plugins.QueueTimes.Records;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>
/// A visit or call as it stands at an instant: only what happened before it counts, so a figure computed for a past
/// moment sees the call still waiting that was answered later.
/// </summary>
/// <param name="Status">Where it stands.</param>
/// <param name="WaitStart">When the current wait began.</param>
/// <param name="WaitEnd">When the wait ended (answer, call, abandon, exit), or when an answer without a known wait was completed.</param>
/// <param name="CalledVisitEnded">When a called or served visit ended before the instant; null for calls and for visits not ended.</param>
/// <param name="NoShow">Whether that visit ended as a no-show.</param>
internal readonly record struct QueueItem(WaitStatus Status, DateTimeOffset WaitStart, DateTimeOffset? WaitEnd, DateTimeOffset? CalledVisitEnded, bool NoShow)
{
    /// <summary>How long the wait lasted, or has lasted at <paramref name="now"/> while waiting.</summary>
    public TimeSpan Wait(DateTimeOffset now) => (WaitEnd ?? now) - WaitStart;

    /// <summary>Classifies a visit or call record at <paramref name="now"/>.</summary>
    public static QueueItem At(SourceRecord record, DateTimeOffset now, TimeSpan staleAfter)
    {
        var isVisit = record.GetString(QueueFields.Kind) == RecordKinds.Visit;
        var waitStart = (isVisit ? record.GetTime(QueueFields.WaitingSince) : null) ?? record.Start!.Value;
        var answered = record.GetTime(isVisit ? QueueFields.Called : QueueFields.Answered);
        var end = record.End is { } ended && ended < now ? ended : (DateTimeOffset?)null;
        var outcome = record.GetString(QueueFields.Outcome);

        if (waitStart >= now)
        {
            return new QueueItem(WaitStatus.NotWaiting, waitStart, null, null, false);
        }

        var status = answered is { } at && at >= waitStart && at < now
            ? WaitStatus.Answered
            : end is null
                ? (now - waitStart > staleAfter ? WaitStatus.Stale : WaitStatus.Waiting)
                : outcome switch
                {
                    Outcomes.Abandoned or Outcomes.Removed => WaitStatus.Abandoned,
                    Outcomes.Exited => WaitStatus.Exited,
                    _ => WaitStatus.AnsweredWithoutWait,
                };
        var waitEnd = status switch
        {
            WaitStatus.Answered => answered,
            WaitStatus.Waiting or WaitStatus.Stale => null,
            _ => end,
        };
        var calledVisitEnded = isVisit && status is WaitStatus.Answered or WaitStatus.AnsweredWithoutWait ? end : null;
        return new QueueItem(status, waitStart, waitEnd, calledVisitEnded, outcome == Outcomes.NoShow);
    }
}
