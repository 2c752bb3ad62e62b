using Dashboard.Host.Metrics.Encoding;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// A bucket document with what is decoded of it so far: the raw samples of an hour bucket, and its points (the minute
/// points of an hour bucket, the hour points of a day document). Null means not decoded yet; both are kept equal to the
/// document's blocks by whoever changes them.
/// </summary>
public sealed class CachedBucket(BsonDocument document)
{
    public BsonDocument Document { get; } = document;

    public long Id => Document["_id"].AsInt64;

    public List<RawSample>? Samples { get; set; }

    public List<RollupPoint>? Points { get; set; }
}
