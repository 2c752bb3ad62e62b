namespace Dashboard.Plugins.QueueTimes.QueueLog;

/// <summary>
/// The queue_log event types, as Asterisk's documentation (doc/queuelog.txt, "Queue Logs") lists them, grouped by what
/// they mean for the waits. Parameters are not read: their positions changed between versions, while the event
/// timestamps every layout keeps are enough.
/// </summary>
internal static class QueueLogEvents
{
    /// <summary>The caller entered the queue: the wait starts.</summary>
    public const string EnterQueue = "ENTERQUEUE";

    /// <summary>A member answered: the wait ends.</summary>
    public const string Connect = "CONNECT";

    /// <summary>The answered call ended: the caller or the member hung up, or the call was transferred or dumped.</summary>
    public static readonly IReadOnlySet<string> Completed = new HashSet<string>(StringComparer.Ordinal)
    {
        "COMPLETECALLER", "COMPLETEAGENT", "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER", "AGENTDUMP",
    };

    /// <summary>The caller left before an answer: hung up (ABANDON) or pressed a key to leave (EXITWITHKEY).</summary>
    public static readonly IReadOnlySet<string> Abandoned = new HashSet<string>(StringComparer.Ordinal) { "ABANDON", "EXITWITHKEY" };

    /// <summary>The queue sent the caller away unanswered: its timeout passed or no member could take calls.</summary>
    public static readonly IReadOnlySet<string> Exited = new HashSet<string>(StringComparer.Ordinal) { "EXITWITHTIMEOUT", "EXITEMPTY" };

    /// <summary>A member starts a session in a queue.</summary>
    public static readonly IReadOnlySet<string> MemberIn = new HashSet<string>(StringComparer.Ordinal)
    {
        "ADDMEMBER", "AGENTLOGIN", "AGENTCALLBACKLOGIN",
    };

    /// <summary>A member ends its session in a queue.</summary>
    public static readonly IReadOnlySet<string> MemberOut = new HashSet<string>(StringComparer.Ordinal)
    {
        "REMOVEMEMBER", "AGENTLOGOFF", "AGENTCALLBACKLOGOFF",
    };

    /// <summary>A member pauses in a queue.</summary>
    public const string Pause = "PAUSE";

    /// <summary>A member is available again.</summary>
    public const string Unpause = "UNPAUSE";

    /// <summary>
    /// Known events that do not change a wait or a session: ringing (RINGNOANSWER's parameter is in milliseconds, unlike
    /// every other time in the log), restarts, per-agent pauses across all queues (each queue gets its own PAUSE too),
    /// and informational lines.
    /// </summary>
    public static readonly IReadOnlySet<string> Unused = new HashSet<string>(StringComparer.Ordinal)
    {
        "RINGNOANSWER", "RINGCANCELED", "QUEUESTART", "CONFIGRELOAD", "SYSCOMPAT", "DID", "INFO", "PAUSEALL", "UNPAUSEALL",
        "PENALTY", "RINGCANCELLED", "CALLSTATUS", "UPDATEFIELD", "AGENTLOGINDENIED",
    };
}
