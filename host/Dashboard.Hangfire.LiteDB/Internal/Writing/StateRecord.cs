using Hangfire.States;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>A state captured when the transaction records it, so no Hangfire state code runs on the writer thread.</summary>
internal sealed record StateRecord(string Name, string? Reason, IReadOnlyDictionary<string, string> Data)
{
    public static StateRecord Of(IState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new StateRecord(state.Name, state.Reason, new Dictionary<string, string>(state.SerializeData() ?? new Dictionary<string, string>(), StringComparer.Ordinal));
    }
}
