namespace Dashboard.Plugins.Shared;

/// <summary>How a demo source reads: one reading per configured name, each from a noise stream of its own.</summary>
internal static class DemoReadings
{
    /// <summary>
    /// Generates one reading per name, in order, from a <see cref="DemoNoise"/> keyed by the collector and the name, so
    /// that each collector and name gets values of its own that repeat for the same second.
    /// </summary>
    public static Task<IReadOnlyList<TReading>> PerName<TReading>(
        IEnumerable<string> names, string collectorId, Func<string, DemoNoise, TReading> generate, CancellationToken cancellationToken)
    {
        var readings = new List<TReading>();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            readings.Add(generate(name, new DemoNoise(collectorId, name)));
        }

        return Task.FromResult<IReadOnlyList<TReading>>(readings);
    }
}
