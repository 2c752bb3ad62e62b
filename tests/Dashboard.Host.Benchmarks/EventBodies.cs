using System.Globalization;

namespace Dashboard.Host.Benchmarks;

/// <summary>NDJSON bodies for the record fixture plugin, made before the clock starts.</summary>
public static class EventBodies
{
    /// <summary>Every event a call of its own, started and ended in one event: each one a new record.</summary>
    public static IReadOnlyList<string> NewCalls(int events, int batchSize) =>
        Batches(events, batchSize, number => Line(CallIds.Growing(number), CallIds.Start(number), CallIds.Start(number), CallIds.Start(number).AddSeconds(90), number % 7));

    /// <summary>Half as many calls, each an entering event and, in the next batch, its ending event: half inserts, half updates.</summary>
    public static IReadOnlyList<string> EnterThenEnd(int events, int batchSize)
    {
        var half = batchSize / 2;
        return Batches(events, batchSize, number =>
        {
            // Batch b enters calls [b*half, (b+1)*half) and ends the calls batch b-1 entered; the first batch's ends
            // name calls never entered (an end arriving before its start), the last batch's calls stay open.
            var (batch, position) = (number / batchSize, number % batchSize);
            var ending = position >= half;
            var call = ending ? (batch - 1) * half + position - half : batch * half + position;
            var (id, start) = (CallIds.Growing(call), CallIds.Start(call));
            return ending ? Line(id, start.AddSeconds(90), null, start.AddSeconds(90), call % 7) : Line(id, start, start, null, null);
        });
    }

    private static IReadOnlyList<string> Batches(int events, int batchSize, Func<int, string> line) =>
        Enumerable.Range(0, events).Chunk(batchSize).Select(numbers => string.Join('\n', numbers.Select(line))).ToList();

    private static string Line(string id, DateTimeOffset at, DateTimeOffset? start, DateTimeOffset? end, double? value)
    {
        var properties = new List<string> { $"\"id\":\"{id}\"", Time("at", at) };
        if (start is { } startTime)
        {
            properties.Add(Time("start", startTime));
        }

        if (end is { } endTime)
        {
            properties.Add(Time("end", endTime));
        }

        if (value is { } number)
        {
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"\"value\":{number}"));
        }

        return "{" + string.Join(',', properties) + "}";
    }

    private static string Time(string name, DateTimeOffset time) => $"\"{name}\":\"{time.ToString("O", CultureInfo.InvariantCulture)}\"";
}
