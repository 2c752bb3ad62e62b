using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>The newest value of one series; its id is the series key.</summary>
public sealed class LastValue
{
    public string Id { get; set; } = "";

    public string MetricKey { get; set; } = "";

    public string CollectorId { get; set; } = "";

    public Dictionary<string, string> Dimensions { get; set; } = [];

    /// <summary>UTC ticks: LiteDB keeps DateTime only to the millisecond and reads it back as local time.</summary>
    public long UtcTicks { get; set; }

    /// <summary>Null when <see cref="State"/> is not <see cref="FigureState.Value"/>.</summary>
    public double? Value { get; set; }

    /// <summary>Documents written before figures had states have none, and read back as <see cref="FigureState.Value"/>.</summary>
    public FigureState State { get; set; }

    public int? Basis { get; set; }

    /// <summary>The sample as its series' last value; <paramref name="seriesKey"/> when the caller has it already.</summary>
    public static LastValue From(QualifiedSample sample, string? seriesKey = null) => new()
    {
        Id = seriesKey ?? sample.SeriesKey,
        MetricKey = sample.MetricKey,
        CollectorId = sample.CollectorId,
        Dimensions = new Dictionary<string, string>(sample.Dimensions),
        UtcTicks = sample.Timestamp.UtcTicks,
        Value = sample.Value,
        State = sample.State,
        Basis = sample.Basis,
    };

    /// <summary>As LiteDB's mapper would store it (the host's mapper: enums as names, nulls left out), built by hand: the mapper's reflection is slow.</summary>
    public BsonDocument ToDocument()
    {
        var dimensions = new BsonDocument();
        foreach (var (name, dimensionValue) in Dimensions)
        {
            dimensions[name] = dimensionValue;
        }

        var document = new BsonDocument
        {
            ["_id"] = Id,
            [nameof(MetricKey)] = MetricKey,
            [nameof(CollectorId)] = CollectorId,
            [nameof(Dimensions)] = dimensions,
            [nameof(UtcTicks)] = UtcTicks,
            [nameof(State)] = State.ToString(),
        };
        if (Value is { } value)
        {
            document[nameof(Value)] = value;
        }

        if (Basis is { } basis)
        {
            document[nameof(Basis)] = basis;
        }

        return document;
    }

    /// <summary>Reads back what <see cref="ToDocument"/> wrote.</summary>
    public static LastValue FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        MetricKey = document[nameof(MetricKey)].AsString,
        CollectorId = document[nameof(CollectorId)].AsString,
        Dimensions = document[nameof(Dimensions)].AsDocument.ToDictionary(pair => pair.Key, pair => pair.Value.AsString),
        UtcTicks = document[nameof(UtcTicks)].AsInt64,
        Value = document.TryGetValue(nameof(Value), out var value) ? value.AsDouble : null,
        State = Enum.Parse<FigureState>(document[nameof(State)].AsString),
        Basis = document.TryGetValue(nameof(Basis), out var basis) ? basis.AsInt32 : null,
    };
}
