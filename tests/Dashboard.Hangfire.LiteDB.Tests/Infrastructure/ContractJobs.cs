using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Job methods the contract tests store; they are never run. No retries, so a Failed state stays Failed.</summary>
[AutomaticRetry(Attempts = 0)]
public static class ContractJobs
{
    public static void Method(int number, string text) => _ = (number, text);
}
