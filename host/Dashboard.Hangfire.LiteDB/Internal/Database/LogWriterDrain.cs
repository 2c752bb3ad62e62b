using System.Reflection;
using LiteDB.Engine;

namespace Dashboard.Hangfire.LiteDB.Internal.Database;

/// <summary>
/// LiteDB 5.0.20 commits by queueing the log pages to a background writer and returns before they reach the file,
/// so a killed process can lose a commit that already returned. This waits for that queue to be written out.
/// It reaches into LiteDB's internals (the version is pinned centrally); when they cannot be found, the caller
/// falls back to a checkpoint, which is durable but slower.
/// </summary>
internal sealed class LogWriterDrain
{
    private readonly object _lazyQueue;
    private readonly PropertyInfo _isValueCreated;
    private readonly PropertyInfo _value;
    private MethodInfo? _wait;

    private LogWriterDrain(object lazyQueue)
    {
        _lazyQueue = lazyQueue;
        var lazyType = lazyQueue.GetType();
        _isValueCreated = lazyType.GetProperty("IsValueCreated") ?? throw new MissingMemberException(lazyType.Name, "IsValueCreated");
        _value = lazyType.GetProperty("Value") ?? throw new MissingMemberException(lazyType.Name, "Value");
    }

    public static LogWriterDrain? TryCreate(LiteEngine engine)
    {
        var disk = typeof(LiteEngine).GetField("_disk", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(engine);
        var lazyQueue = disk?.GetType().GetProperty("Queue", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(disk);
        if (lazyQueue is null)
        {
            return null;
        }

        try
        {
            return new LogWriterDrain(lazyQueue);
        }
        catch (MissingMemberException)
        {
            return null;
        }
    }

    /// <summary>Blocks until every log page queued so far has been written to the log stream. Call only from the writer thread.</summary>
    public void WaitUntilWritten()
    {
        if (!(bool)_isValueCreated.GetValue(_lazyQueue)!)
        {
            return;
        }

        var queue = _value.GetValue(_lazyQueue)!;
        _wait ??= queue.GetType().GetMethod("Wait", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new MissingMethodException(queue.GetType().Name, "Wait");
        _wait.Invoke(queue, null);
    }
}
