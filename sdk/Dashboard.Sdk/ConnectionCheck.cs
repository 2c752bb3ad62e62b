namespace Dashboard.Sdk;

/// <summary>The outcome of <see cref="IConnectionTester.TestConnectionAsync"/>.</summary>
public sealed record ConnectionCheck
{
    /// <summary>True when the source answered as expected.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>What was tried and what happened, for the admin, e.g. "Read 120 lines of /var/log/asterisk/queue_log".</summary>
    public required string Message { get; init; }
}
