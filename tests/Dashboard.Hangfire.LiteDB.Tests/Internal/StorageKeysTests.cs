using Dashboard.Hangfire.LiteDB.Internal.Database;
using Xunit;

namespace Dashboard.Hangfire.LiteDB.Tests.Internal;

public sealed class StorageKeysTests
{
    [Fact]
    public void SortableScore_ManyScores_OrdinalOrderEqualsNumericOrder()
    {
        double[] scores = [double.NegativeInfinity, -1e300, -1234.5, -1, -double.Epsilon, 0, double.Epsilon, 0.5, 1, 2, 1e10, 1e300, double.PositiveInfinity];

        var byString = scores.OrderBy(StorageKeys.SortableScore, StringComparer.Ordinal).ToArray();

        Assert.Equal(scores, byString);
    }

    [Fact]
    public void SortableScore_NegativeZero_EqualsPositiveZero()
    {
        Assert.Equal(StorageKeys.SortableScore(0.0), StorageKeys.SortableScore(-0.0));
    }

    [Fact]
    public void StateSlot_JobIds_OrdinalOrderEqualsIdOrder()
    {
        long[] ids = [1, 9, 10, 99, 100, 12345678901];

        var byString = ids.OrderBy(id => StorageKeys.StateSlot("Succeeded", id), StringComparer.Ordinal).ToArray();

        Assert.Equal(ids, byString);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("42", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParseJobId_Input_AcceptsOnlyPositiveIntegers(string? input, bool expected)
    {
        Assert.Equal(expected, StorageKeys.TryParseJobId(input, out _));
    }
}
