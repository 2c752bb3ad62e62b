using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Records;

/// <summary>
/// How a record is laid out in LiteDB, kept small because every byte is written and read again on each update. The
/// collector and record ids are the document id (<see cref="RecordKeys.DocumentId"/>). Values sit in one document and
/// times in another: BSON would blur what the SDK keeps apart (its dates hold milliseconds only), so a time is stored
/// as UTC ticks and comes back to the tick; text, whole numbers, decimals, flags and null keep their own BSON types.
/// Each field keeps the AsOf that set it; most share the record's latest, which is then not written again per field.
/// </summary>
public static class RecordDocument
{
    /// <summary>Indexed: <see cref="RecordKeys.PlaceKey"/>, for window reads and pruning.</summary>
    public const string PlaceKey = "p";

    /// <summary>UTC ticks of the latest AsOf of any update applied to the record.</summary>
    public const string LatestAsOfKey = "la";

    private const string ValuesKey = "v";
    private const string TimesKey = "t";
    private const string OlderAsOfKey = "a";

    public static BsonDocument ToDocument(string prefix, RecordState state, long latestAsOfTicks)
    {
        var (values, times, olderAsOf) = (new BsonDocument(), new BsonDocument(), new BsonDocument());
        foreach (var (name, field) in state.Fields)
        {
            var asOf = field.AsOf.UtcTicks;
            if (asOf != latestAsOfTicks)
            {
                olderAsOf[name] = asOf;
            }

            if (field.Value is DateTimeOffset time)
            {
                times[name] = time.UtcTicks;
            }
            else
            {
                values[name] = ToBson(field.Value);
            }
        }

        var start = state.Fields.GetValueOrDefault(RecordRules.StartField).Value as DateTimeOffset?;
        var end = state.Fields.GetValueOrDefault(RecordRules.EndField).Value as DateTimeOffset?;
        var document = new BsonDocument
        {
            ["_id"] = prefix + state.Id,
            [PlaceKey] = RecordKeys.PlaceKey(prefix, start, end, latestAsOfTicks),
            [LatestAsOfKey] = latestAsOfTicks,
        };
        AddUnlessEmpty(document, ValuesKey, values);
        AddUnlessEmpty(document, TimesKey, times);
        AddUnlessEmpty(document, OlderAsOfKey, olderAsOf);
        return document;
    }

    public static RecordState ToState(string prefix, BsonDocument document)
    {
        var latestAsOf = LatestAsOfTicks(document);
        var olderAsOf = SubDocument(document, OlderAsOfKey);
        var fields = new List<KeyValuePair<string, FieldValue>>();
        foreach (var (name, value) in SubDocument(document, ValuesKey))
        {
            fields.Add(KeyValuePair.Create(name, new FieldValue(ToPlain(value), AsOf(name))));
        }

        foreach (var (name, ticks) in SubDocument(document, TimesKey))
        {
            fields.Add(KeyValuePair.Create(name, new FieldValue(Utc(ticks.AsInt64), AsOf(name))));
        }

        return new RecordState(document["_id"].AsString[prefix.Length..], fields);

        DateTimeOffset AsOf(string name) => Utc(olderAsOf.TryGetValue(name, out var ticks) ? ticks.AsInt64 : latestAsOf);
    }

    public static long LatestAsOfTicks(BsonDocument document) => document[LatestAsOfKey].AsInt64;

    private static void AddUnlessEmpty(BsonDocument document, string key, BsonDocument part)
    {
        if (part.Count > 0)
        {
            document[key] = part;
        }
    }

    private static BsonDocument SubDocument(BsonDocument document, string key) =>
        document.TryGetValue(key, out var part) ? part.AsDocument : new BsonDocument();

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);

    private static BsonValue ToBson(object? value) => value switch
    {
        null => BsonValue.Null,
        string text => text,
        long number => number,
        double number => number,
        bool flag => flag,
        _ => throw new ArgumentException($"A record field of type {value.GetType().Name} cannot be stored; RecordRules lets no such value through."),
    };

    private static object? ToPlain(BsonValue value) => value.Type switch
    {
        BsonType.Null => null,
        BsonType.String => value.AsString,
        BsonType.Int64 => value.AsInt64,
        BsonType.Double => value.AsDouble,
        BsonType.Boolean => value.AsBoolean,
        _ => throw new InvalidDataException($"A stored record field holds a {value.Type}, which the record store never writes."),
    };
}
