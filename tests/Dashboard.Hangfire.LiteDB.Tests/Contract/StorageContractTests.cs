using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>
/// Base of every contract test class: a fresh storage per test, written and read only through the public Hangfire interfaces.
/// </summary>
public abstract class StorageContractTests<TProvider> : IDisposable
    where TProvider : IStorageProvider
{
    // Short enough to observe a hand-out in a test, long enough that keep-alives on a loaded 2-core machine still land in time.
    protected static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(2);

    private readonly List<IStorageConnection> _connections = [];

    protected StorageContractTests()
    {
        Directory = new TemporaryDirectory();
        Storage = TProvider.Create(Directory.Path, InvisibilityTimeout);
        Connection = OpenConnection();
    }

    protected TemporaryDirectory Directory { get; }

    protected JobStorage Storage { get; }

    protected IStorageConnection Connection { get; }

    protected JobStorageConnection ExtendedConnection => Assert.IsAssignableFrom<JobStorageConnection>(Connection);

    protected IStorageConnection OpenConnection()
    {
        var connection = Storage.GetConnection();
        lock (_connections)
        {
            _connections.Add(connection);
        }

        return connection;
    }

    protected void Commit(Action<JobStorageTransaction> write)
    {
        using var transaction = BeginTransaction();
        write(transaction);
        transaction.Commit();
    }

    protected JobStorageTransaction BeginTransaction() =>
        Assert.IsAssignableFrom<JobStorageTransaction>(Connection.CreateWriteTransaction());

    protected string CreateJob(int number = 1, IDictionary<string, string>? parameters = null, DateTime? createdAt = null) =>
        Connection.CreateExpiredJob(
            Job.FromExpression(() => ContractJobs.Method(number, "text")),
            parameters ?? new Dictionary<string, string>(),
            createdAt ?? DateTime.UtcNow,
            TimeSpan.FromHours(1));

    protected string Enqueue(string queue, int number = 1)
    {
        var jobId = CreateJob(number);
        Commit(transaction => transaction.AddToQueue(queue, jobId));
        return jobId;
    }

    protected static CancellationToken CancelAfter(TimeSpan delay) => new CancellationTokenSource(delay).Token;

    public void Dispose()
    {
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }
        }

        (Storage as IDisposable)?.Dispose();
        Directory.Dispose();
        GC.SuppressFinalize(this);
    }
}
