namespace Dashboard.Sdk;

/// <summary>Which way a metric improves; wall screens colour values against the target with it.</summary>
public enum MetricDirection
{
    /// <summary>Larger values are better, e.g. satisfaction.</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better, e.g. waiting time.</summary>
    LowerIsBetter,
}
