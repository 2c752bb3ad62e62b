namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Child processes and thousands of jobs: run alone, so a 2-core machine gives them its whole attention.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial storage tests";
}
