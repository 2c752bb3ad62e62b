namespace Dashboard.Sdk;

/// <summary>Whether a figure is a number, and if not, what the wall shows instead of one.</summary>
public enum FigureState
{
    /// <summary><see cref="Figure.Value"/> holds the figure.</summary>
    Value,

    /// <summary>The source is closed (a service point outside its hours): the wall reads "closed", never a zero.</summary>
    Closed,

    /// <summary>Fewer inputs than the figure needs to mean something, e.g. NPS from three answers: "too few answers".</summary>
    TooFewData,

    /// <summary>Nothing to compute from, e.g. a median wait with no call: the wall shows a dash.</summary>
    NoData,
}
