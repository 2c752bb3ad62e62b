namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>A counter's summed change within one group commit; the last expiry given wins.</summary>
internal readonly record struct CounterChange(long Delta, long? ExpireAt);
