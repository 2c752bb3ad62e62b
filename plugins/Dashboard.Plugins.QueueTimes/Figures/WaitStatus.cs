namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>Where a visit or call stands at the moment a figure is for.</summary>
internal enum WaitStatus
{
    /// <summary>Its current wait starts later (a backfill instant before a transfer): neither waiting nor done.</summary>
    NotWaiting,

    /// <summary>Waiting now.</summary>
    Waiting,

    /// <summary>Waiting so long with no news that it is taken as lost (a reset or restart), and ignored.</summary>
    Stale,

    /// <summary>Answered or called, with a known wait.</summary>
    Answered,

    /// <summary>Answered or served, but the answer or call event is missing, so the wait is unknown.</summary>
    AnsweredWithoutWait,

    /// <summary>Left before an answer or a call: hung up, pressed a key to leave, or was removed from the queue.</summary>
    Abandoned,

    /// <summary>Sent away by the queue unanswered: its timeout passed or no member was there.</summary>
    Exited,
}
