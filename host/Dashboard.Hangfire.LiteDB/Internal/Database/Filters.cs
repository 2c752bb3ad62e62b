using Dashboard.Hangfire.LiteDB.Internal.Database;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Database;

/// <summary>
/// Parameterized query filters. LiteDB's <c>Query.EQ</c> and friends print the value into the expression text, and
/// LiteDB compiles and caches every distinct text forever: a compile per call (about a millisecond) and a cache
/// that grows with every job id. With parameters the text is constant, compiled once.
/// </summary>
internal static class Filters
{
    public static BsonExpression Eq(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);

    public static BsonExpression Lt(string field, BsonValue value) => BsonExpression.Create($"$.{field} < @0", value);

    public static BsonExpression Between(string field, BsonValue from, BsonValue to) => BsonExpression.Create($"$.{field} BETWEEN @0 AND @1", from, to);

    public static BsonExpression EqBoth(string field1, BsonValue value1, string field2, BsonValue value2) =>
        BsonExpression.Create($"$.{field1} = @0 AND $.{field2} = @1", value1, value2);
}
