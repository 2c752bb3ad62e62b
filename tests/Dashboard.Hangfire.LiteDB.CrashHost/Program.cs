using Dashboard.Hangfire.LiteDB;
using Dashboard.Hangfire.LiteDB.CrashHost;

var arguments = ChildArguments.Parse(args);
using var storage = new LiteDbJobStorage(
    arguments.DatabasePath,
    new LiteDbStorageOptions
    {
        InvisibilityTimeout = arguments.Milliseconds("invisibility", 300_000),
        DistributedLockLifetime = arguments.Milliseconds("locklifetime", 30_000),
    });

switch (arguments.Mode)
{
    case "enqueue":
        ChildModes.Enqueue(storage, arguments);
        break;
    case "block":
        ChildModes.Process(storage, arguments, blockForever: true);
        break;
    case "process":
        ChildModes.Process(storage, arguments, blockForever: false);
        break;
    case "serve":
        ChildModes.Serve(storage, arguments);
        break;
    case "commit":
        ChildModes.Commit(storage, arguments);
        break;
    case "recurring":
        ChildModes.Recurring(storage, arguments);
        break;
    case "lock":
        ChildModes.HoldLock(storage, arguments);
        break;
    default:
        Console.Error.WriteLine($"Unknown mode {arguments.Mode}.");
        return 2;
}

return 0;
