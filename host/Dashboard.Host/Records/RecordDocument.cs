using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Records;

/// <summary>
/// How a record is laid out in LiteDB. Every field keeps its value and the AsOf that set it. BSON would blur what the SDK
/// keeps apart (its dates hold milliseconds only), so a time is stored as UTC ticks under its own key and comes back to
/// the tick; text, whole numbers, decimals, flags and null keep their own BSON types.
/// </summary>
public static class RecordDocument
{
    public const string CollectorKey = "c";
    public const string RecordIdKey = "r";
    public const string FieldsKey = "f";

    /// <summary>Indexed: <see cref="RecordKeys.EndKey"/>; null while the record has no start (it is in no window).</summary>
    public const string EndKey = "ek";

    /// <summary>Indexed: UTC ticks after which the record may be pruned (its end, else its start, else its latest update).</summary>
    public const string RetentionKey = "rt";

    /// <summary>UTC ticks of the latest AsOf of any update applied to the record.</summary>
    public const string LatestAsOfKey = "la";

    private const string ValueKey = "v";
    private const string TimeKey = "t";
    private const string AsOfKey = "a";

    public static BsonDocument ToDocument(string collectorId, RecordState state, long latestAsOfTicks)
    {
        var fields = new BsonDocument();
        foreach (var (name, field) in state.Fields)
        {
            fields[name] = ToBson(field);
        }

        var start = state.Fields.GetValueOrDefault(RecordRules.StartField).Value as DateTimeOffset?;
        var end = state.Fields.GetValueOrDefault(RecordRules.EndField).Value as DateTimeOffset?;
        return new BsonDocument
        {
            ["_id"] = RecordKeys.DocumentId(collectorId, state.Id),
            [CollectorKey] = collectorId,
            [RecordIdKey] = state.Id,
            [FieldsKey] = fields,
            [EndKey] = start is null ? BsonValue.Null : RecordKeys.EndKey(collectorId, end?.UtcTicks ?? RecordKeys.OpenEndTicks),
            [RetentionKey] = (end ?? start)?.UtcTicks ?? latestAsOfTicks,
            [LatestAsOfKey] = latestAsOfTicks,
        };
    }

    public static RecordState ToState(BsonDocument document) =>
        new(document[RecordIdKey].AsString, document[FieldsKey].AsDocument.Select(field => KeyValuePair.Create(field.Key, ToField(field.Value.AsDocument))));

    public static SourceRecord ToSourceRecord(BsonDocument document) => ToState(document).ToRecord();

    public static long LatestAsOfTicks(BsonDocument document) => document[LatestAsOfKey].AsInt64;

    private static BsonDocument ToBson(FieldValue field)
    {
        var asOf = field.AsOf.UtcTicks;
        return field.Value switch
        {
            DateTimeOffset time => new BsonDocument { [TimeKey] = time.UtcTicks, [AsOfKey] = asOf },
            null => new BsonDocument { [ValueKey] = BsonValue.Null, [AsOfKey] = asOf },
            string text => new BsonDocument { [ValueKey] = text, [AsOfKey] = asOf },
            long number => new BsonDocument { [ValueKey] = number, [AsOfKey] = asOf },
            double number => new BsonDocument { [ValueKey] = number, [AsOfKey] = asOf },
            bool flag => new BsonDocument { [ValueKey] = flag, [AsOfKey] = asOf },
            _ => throw new ArgumentException($"A record field of type {field.Value.GetType().Name} cannot be stored; RecordRules lets no such value through."),
        };
    }

    private static FieldValue ToField(BsonDocument stored)
    {
        var asOf = new DateTimeOffset(stored[AsOfKey].AsInt64, TimeSpan.Zero);
        if (stored.TryGetValue(TimeKey, out var ticks))
        {
            return new FieldValue(new DateTimeOffset(ticks.AsInt64, TimeSpan.Zero), asOf);
        }

        var value = stored[ValueKey];
        object? plain = value.Type switch
        {
            BsonType.Null => null,
            BsonType.String => value.AsString,
            BsonType.Int64 => value.AsInt64,
            BsonType.Double => value.AsDouble,
            BsonType.Boolean => value.AsBoolean,
            _ => throw new InvalidDataException($"A stored record field holds a {value.Type}, which the record store never writes."),
        };
        return new FieldValue(plain, asOf);
    }
}
