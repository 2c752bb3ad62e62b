using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>
/// What the parsers found in one read or push: the record updates, the lines skipped with their place, and the events
/// read but not used (tolerated, only counted), by name.
/// </summary>
internal sealed class InputTally
{
    /// <summary>The most problems listed one by one; the rest are summed up in one more.</summary>
    public const int MaxListedProblems = 500;

    private const int MaxEventNameLength = 40;
    private readonly List<RecordUpdate> _updates = [];
    private readonly List<InputProblem> _problems = [];
    private readonly SortedDictionary<string, int> _unused = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _unknown = new(StringComparer.Ordinal);
    private int _unlistedProblems;
    private string? _lastProblemSource;

    /// <summary>The updates so far, in input order.</summary>
    public IReadOnlyList<RecordUpdate> Updates => _updates;

    /// <summary>The problems so far.</summary>
    public IReadOnlyList<InputProblem> Problems => _problems;

    /// <summary>Events the plugin knows but that do not change a wait (RINGNOANSWER, QUEUESTART, VISIT_CONFIRM...), by name.</summary>
    public IReadOnlyDictionary<string, int> Unused => _unused;

    /// <summary>Events the plugin does not know, by name; tolerated because installations add their own.</summary>
    public IReadOnlyDictionary<string, int> Unknown => _unknown;

    /// <summary>Adds an update.</summary>
    public void Add(RecordUpdate update) => _updates.Add(update);

    /// <summary>Adds a skipped line or item.</summary>
    public void Skip(InputProblem problem)
    {
        _lastProblemSource = problem.Source;
        if (_problems.Count < MaxListedProblems)
        {
            _problems.Add(problem);
        }
        else
        {
            _unlistedProblems++;
        }
    }

    /// <summary>Counts an event that is known but does not change a wait.</summary>
    public void CountUnused(string eventName) => Count(_unused, eventName);

    /// <summary>Counts an event the plugin does not know.</summary>
    public void CountUnknown(string eventName) => Count(_unknown, eventName);

    /// <summary>The batch to return, with the problems beyond <see cref="MaxListedProblems"/> summed up.</summary>
    public RecordBatch ToBatch(string? checkpoint)
    {
        IReadOnlyList<InputProblem> problems = _unlistedProblems == 0
            ? [.. _problems]
            : [.. _problems, new InputProblem { Source = _lastProblemSource!, Message = $"{_unlistedProblems} more lines or items were skipped; fix the first ones and read again." }];
        return new RecordBatch { Updates = [.. _updates], Checkpoint = checkpoint, Problems = problems };
    }

    /// <summary>Logs what was read, with the unused and unknown events by name.</summary>
    public void Log(ILogger logger, string source)
    {
        logger.LogInformation(
            "Queue times from {Source}: {UpdateCount} record updates, {ProblemCount} skipped, unused events {Unused}, unknown events {Unknown}",
            source,
            _updates.Count,
            _problems.Count + _unlistedProblems,
            Describe(_unused),
            Describe(_unknown));
    }

    private static void Count(SortedDictionary<string, int> counts, string eventName)
    {
        var name = eventName.Length > MaxEventNameLength ? eventName[..MaxEventNameLength] : eventName;
        counts[name] = counts.GetValueOrDefault(name) + 1;
    }

    private static string Describe(SortedDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => $"{pair.Key} x{pair.Value}"));
}
