using Hangfire.Common;
using Hangfire.States;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>
/// The Processing state as a worker writes it; Hangfire's own ProcessingState cannot be constructed outside the library.
/// </summary>
public sealed class ProcessingStateStub(string serverId, string workerId) : IState
{
    public const string StateName = "Processing";

    public string Name => StateName;

    public string? Reason { get; init; }

    public bool IsFinal => false;

    public bool IgnoreJobLoadException => false;

    public Dictionary<string, string> SerializeData() => new()
    {
        ["StartedAt"] = JobHelper.SerializeDateTime(DateTime.UtcNow),
        ["ServerId"] = serverId,
        ["WorkerId"] = workerId,
    };
}
