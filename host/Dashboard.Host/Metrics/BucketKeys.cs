namespace Dashboard.Host.Metrics;

/// <summary>
/// Document ids of buckets: the series number in the high bits, the bucket's number since year 1 in the low
/// <see cref="BucketBits"/> (hours reach 87.6 million by year 9999, under 2^27), so one series' buckets are one id range in time order.
/// Raw samples are kept one bucket per series and hour; rollups one document per series and day.
/// </summary>
public static class BucketKeys
{
    public const int BucketBits = 27;

    public const long RawBucketTicks = TimeSpan.TicksPerHour;

    public const long RollupBucketTicks = TimeSpan.TicksPerDay;

    public static long Id(long series, long bucket) => (series << BucketBits) | bucket;

    public static long BucketOf(long id) => id & ((1L << BucketBits) - 1);

    public static long RawBucket(long utcTicks) => utcTicks / RawBucketTicks;

    public static long RollupBucket(long utcTicks) => utcTicks / RollupBucketTicks;
}
