namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>A service point (<see cref="QueueMetrics.ServicePointDimension"/>) or a phone queue (<see cref="QueueMetrics.QueueDimension"/>).</summary>
internal readonly record struct GroupKey(string Dimension, string Name)
{
    /// <summary>Whether this is a service point of visits, which alone have no-shows and a visit target.</summary>
    public bool IsServicePoint => Dimension == QueueMetrics.ServicePointDimension;

    /// <summary>The figure dimensions naming this group.</summary>
    public IReadOnlyDictionary<string, string> Dimensions() => new Dictionary<string, string> { [Dimension] = Name };
}
