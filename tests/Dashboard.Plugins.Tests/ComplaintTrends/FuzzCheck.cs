using System.Text;
using CsCheck;
using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>What every fuzzed body must satisfy when pushed to the plugin.</summary>
internal static class FuzzCheck
{
    public const int Iterations = 100_000;

    private const string SourceName = "fuzzed request";

    private static readonly ComplaintTrendsPlugin Plugin = new();

    private static readonly CollectContext Context = new("fuzz", new ComplaintTrendsSettings(), new FakeTimeProvider(), new TestLogger())
    {
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"),
    };

    /// <summary>
    /// No exception but <see cref="InputException"/> naming the request; a refused body gives no updates; every update
    /// follows the record rules and merges; every skipped item names the request and its line or index.
    /// </summary>
    public static async Task PushAsync(string contentType, string body, bool lineBased)
    {
        RecordBatch batch;
        try
        {
            batch = await Plugin.ReceiveAsync(Context, new PushedInput { ContentType = contentType, Body = Encoding.UTF8.GetBytes(body), SourceName = SourceName }, CancellationToken.None);
        }
        catch (InputException exception)
        {
            Assert.Equal(SourceName, exception.Problem.Source);
            Assert.False(string.IsNullOrWhiteSpace(exception.Problem.Message));
            return;
        }

        Assert.Empty(PluginContractChecks.CheckBatch(batch));
        Assert.All(batch.Problems, problem =>
        {
            Assert.Equal(SourceName, problem.Source);
            Assert.True(lineBased ? problem.Line >= 1 : problem.Index >= 0, $"{problem} names no {(lineBased ? "line" : "index")}.");
        });
        foreach (var update in batch.Updates)
        {
            new RecordState(update.RecordId).Apply(update);
        }
    }

    /// <summary>Inputs built by <paramref name="generated"/> and the same, or seeds, mutated with small edits.</summary>
    public static Gen<string> GeneratedAndMutated(Gen<string> generated, string[] seeds, string[] tokens)
    {
        var edit = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 4096], Gen.Int[0, tokens.Length - 1], Gen.Int[1, 8]);
        var mutated = Gen.Select(Gen.OneOf(generated, Gen.OneOf(seeds)), edit.Array[1, 4], (text, edits) =>
        {
            var builder = new StringBuilder(text);
            foreach (var (kind, at, token, length) in edits)
            {
                var position = builder.Length == 0 ? 0 : at % builder.Length;
                switch (kind)
                {
                    case 0:
                        builder.Insert(position, tokens[token]);
                        break;
                    case 1:
                        builder.Remove(position, Math.Min(length, builder.Length - position));
                        break;
                    default:
                        builder.Remove(position, Math.Min(length, builder.Length - position)).Insert(position, tokens[token]);
                        break;
                }
            }

            return builder.ToString();
        });
        return Gen.Frequency((1, (IGen<string>)generated), (1, mutated));
    }
}
