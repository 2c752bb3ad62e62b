namespace Dashboard.Host.Figures;

/// <summary>How a collector window is measured: from local midnight, or rolling back from now.</summary>
public enum WindowUnit
{
    Today,
    Minutes,
    Hours,
    Days,
}
