namespace Dashboard.Host.Metrics;

/// <summary>
/// How long each resolution is kept, section <c>Dashboard:MetricRetention</c>. Days left empty keep a resolution
/// forever. A coarser resolution is kept at least as long as a finer one, so a long trend always has data to read.
/// </summary>
public sealed class MetricRetentionOptions
{
    public const string SectionName = "Dashboard:MetricRetention";

    public int? RawDays { get; set; } = 30;

    public int? MinuteDays { get; set; } = 365;

    public int? HourDays { get; set; }

    public int? DayDays { get; set; }

    /// <summary>How often old buckets are pruned; once at start, then at this interval.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Buckets dropped per write; small, so collection writes get the single writer between batches.</summary>
    public int PruneBatchSize { get; set; } = 500;

    public int? DaysOf(MetricResolution resolution) => resolution switch
    {
        MetricResolution.Raw => RawDays,
        MetricResolution.Minute => MinuteDays,
        MetricResolution.Hour => HourDays,
        _ => DayDays,
    };

    /// <summary>Data of <paramref name="resolution"/> older than this is pruned; <see cref="DateTimeOffset.MinValue"/> when kept forever.</summary>
    public DateTimeOffset Cutoff(MetricResolution resolution, DateTimeOffset now) =>
        DaysOf(resolution) is { } days ? now.AddDays(-days) : DateTimeOffset.MinValue;

    public DateTimeOffset RawCutoff(DateTimeOffset now) => Cutoff(MetricResolution.Raw, now);

    /// <summary>
    /// The coarsest resolution with intervals no longer than <paramref name="stepTicks"/> that still holds data back to
    /// <paramref name="from"/>; when none does, the finest one that does (fewer points rather than none).
    /// </summary>
    public MetricResolution CoarsestFor(long stepTicks, DateTimeOffset from, DateTimeOffset now)
    {
        MetricResolution[] finestFirst = [MetricResolution.Raw, MetricResolution.Minute, MetricResolution.Hour, MetricResolution.Day];
        var covering = finestFirst.Where(resolution => Cutoff(resolution, now) <= from).ToList();
        var fitting = covering.Where(resolution => (long)resolution <= stepTicks).ToList();
        return fitting.Count > 0 ? fitting[^1] : covering.Count > 0 ? covering[0] : MetricResolution.Day;
    }

    /// <summary>What is wrong with these settings, in words for an admin; empty when nothing.</summary>
    public IEnumerable<string> Problems()
    {
        MetricResolution[] finestFirst = [MetricResolution.Raw, MetricResolution.Minute, MetricResolution.Hour, MetricResolution.Day];
        foreach (var resolution in finestFirst)
        {
            if (DaysOf(resolution) is < 1 or > 36_500)
            {
                yield return $"{SectionName}:{resolution}Days must be between 1 and 36500 days, or left empty to keep {resolution.ToString().ToLowerInvariant()} data forever (it is {DaysOf(resolution)}).";
            }
        }

        for (var index = 1; index < finestFirst.Length; index++)
        {
            var finer = finestFirst[index - 1];
            var coarser = finestFirst[index];
            if (DaysOf(finer) is { } finerDays && DaysOf(coarser) is { } coarserDays && coarserDays < finerDays)
            {
                yield return $"{SectionName}:{coarser}Days ({coarserDays}) must not be shorter than {SectionName}:{finer}Days ({finerDays}): long trends read the coarser data.";
            }
            else if (DaysOf(finer) is null && DaysOf(coarser) is not null)
            {
                yield return $"{SectionName}:{coarser}Days ({DaysOf(coarser)}) must be left empty while {SectionName}:{finer}Days is: coarser data is kept at least as long as finer.";
            }
        }

        if (PruneInterval < TimeSpan.FromSeconds(1) || PruneInterval > TimeSpan.FromDays(7))
        {
            yield return $"{SectionName}:PruneInterval must be between 00:00:01 and 7.00:00:00 (it is {PruneInterval}).";
        }

        if (PruneBatchSize is < 1 or > 100_000)
        {
            yield return $"{SectionName}:PruneBatchSize must be between 1 and 100000 buckets (it is {PruneBatchSize}).";
        }
    }
}
