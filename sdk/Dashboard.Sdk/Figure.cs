namespace Dashboard.Sdk;

/// <summary>One figure of one metric for one window, as <see cref="IFigureCalculator.Compute"/> returns it.</summary>
public sealed record Figure
{
    /// <summary>The <see cref="MetricDefinition.Key"/> this figure belongs to.</summary>
    public required string MetricKey { get; init; }

    /// <summary>The value when <see cref="State"/> is <see cref="FigureState.Value"/>; otherwise null.</summary>
    public double? Value { get; init; }

    /// <summary>Whether this is a number or a state such as closed.</summary>
    public FigureState State { get; init; }

    /// <summary>How many inputs the figure rests on (answers, calls), when that is meaningful; shown beside it.</summary>
    public int? Basis { get; init; }

    /// <summary>Optional breakdown, e.g. <c>servicePoint = "Library"</c>; null or empty for the overall figure.</summary>
    public IReadOnlyDictionary<string, string>? Dimensions { get; init; }

    /// <summary>A figure with a value.</summary>
    public static Figure Of(string metricKey, double value, IReadOnlyDictionary<string, string>? dimensions = null, int? basis = null) =>
        new() { MetricKey = metricKey, Value = value, Dimensions = dimensions, Basis = basis };

    /// <summary>A figure in a state without a value (closed, too few data, no data).</summary>
    public static Figure Without(string metricKey, FigureState state, IReadOnlyDictionary<string, string>? dimensions = null, int? basis = null) =>
        state == FigureState.Value
            ? throw new ArgumentException("A figure in the Value state needs a value; use Figure.Of.", nameof(state))
            : new() { MetricKey = metricKey, State = state, Dimensions = dimensions, Basis = basis };
}
