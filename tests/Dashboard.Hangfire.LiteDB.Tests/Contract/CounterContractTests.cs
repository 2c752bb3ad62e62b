using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Counters: increments and decrements add up, with or without expiry.</summary>
public abstract class CounterContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void GetCounter_MissingKey_ReturnsZero()
    {
        Assert.Equal(0, ExtendedConnection.GetCounter("missing"));
    }

    [Fact]
    public void IncrementCounter_ManyTimesAcrossCommits_SumsAll()
    {
        for (var i = 0; i < 5; i++)
        {
            Commit(t =>
            {
                t.IncrementCounter("counter");
                t.IncrementCounter("counter");
            });
        }

        Commit(t => t.DecrementCounter("counter"));

        Assert.Equal(9, ExtendedConnection.GetCounter("counter"));
    }

    [Fact]
    public void IncrementCounter_WithExpiry_CountsLikeWithout()
    {
        Commit(t =>
        {
            t.IncrementCounter("counter", TimeSpan.FromHours(1));
            t.IncrementCounter("counter", TimeSpan.FromHours(1));
            t.DecrementCounter("counter", TimeSpan.FromHours(1));
            t.IncrementCounter("counter");
        });

        Assert.Equal(2, ExtendedConnection.GetCounter("counter"));
    }

    [Fact]
    public void DecrementCounter_BelowZero_GoesNegative()
    {
        Commit(t =>
        {
            t.DecrementCounter("counter");
            t.DecrementCounter("counter");
        });

        Assert.Equal(-2, ExtendedConnection.GetCounter("counter"));
    }

    [Fact]
    public void IncrementCounter_FromParallelConnections_LosesNoIncrement()
    {
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            var connection = OpenConnection();
            for (var i = 0; i < 25; i++)
            {
                using var transaction = connection.CreateWriteTransaction();
                transaction.IncrementCounter("counter");
                transaction.IncrementCounter("expiring", TimeSpan.FromHours(1));
                if (i % 5 == 0)
                {
                    transaction.DecrementCounter("counter");
                    transaction.DecrementCounter("expiring", TimeSpan.FromHours(1));
                }

                transaction.Commit();
            }
        });

        Assert.Equal(200 - 40, ExtendedConnection.GetCounter("counter"));
        Assert.Equal(200 - 40, ExtendedConnection.GetCounter("expiring"));
    }
}
