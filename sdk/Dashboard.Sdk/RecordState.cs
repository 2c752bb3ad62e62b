namespace Dashboard.Sdk;

/// <summary>
/// A record being built from its updates: the merge rule the host stores records with, here so that the plugin test
/// harness merges exactly as the host does. For each field the value with the latest <see cref="RecordUpdate.AsOf"/>
/// wins; on equal times the update applied last wins.
/// </summary>
public sealed class RecordState
{
    private readonly Dictionary<string, FieldValue> _fields;

    /// <summary>An empty record with the given id.</summary>
    public RecordState(string id)
        : this(id, [])
    {
    }

    /// <summary>A record as stored earlier, to apply further updates to.</summary>
    public RecordState(string id, IEnumerable<KeyValuePair<string, FieldValue>> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(fields);
        Id = id;
        _fields = new Dictionary<string, FieldValue>(fields, StringComparer.Ordinal);
    }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>Every field set so far, with the time of the update that set it.</summary>
    public IReadOnlyDictionary<string, FieldValue> Fields => _fields;

    /// <summary>Merges <paramref name="update"/>; true when any field changed value.</summary>
    /// <exception cref="ArgumentException">The update names another record or breaks <see cref="RecordRules"/>.</exception>
    public bool Apply(RecordUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.RecordId != Id)
        {
            throw new ArgumentException($"The update is for record '{update.RecordId}', not '{Id}'.", nameof(update));
        }

        var problems = RecordRules.CheckUpdate(update);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(update));
        }

        var asOf = update.AsOf.ToUniversalTime();
        var changed = false;
        foreach (var (name, raw) in update.Fields)
        {
            var value = RecordRules.Normalise(raw);
            if (_fields.TryGetValue(name, out var current) && current.AsOf > asOf)
            {
                continue;
            }

            changed |= !_fields.ContainsKey(name) || !Equals(current.Value, value);
            _fields[name] = new FieldValue(value, asOf);
        }

        return changed;
    }

    /// <summary>The record as <see cref="IFigureCalculator.Compute"/> sees it.</summary>
    public SourceRecord ToRecord() => new()
    {
        Id = Id,
        Start = _fields.GetValueOrDefault(RecordRules.StartField).Value as DateTimeOffset?,
        End = _fields.GetValueOrDefault(RecordRules.EndField).Value as DateTimeOffset?,
        Fields = _fields.ToDictionary(field => field.Key, field => field.Value.Value, StringComparer.Ordinal),
    };
}
