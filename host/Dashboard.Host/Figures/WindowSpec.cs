using System.Globalization;
using Dashboard.Sdk;

namespace Dashboard.Host.Figures;

/// <summary>
/// One of a collector's windows as an admin writes it: <c>today</c> (local midnight to now), <c>&lt;n&gt;m</c> and
/// <c>&lt;n&gt;h</c> (rolling), <c>&lt;n&gt;d</c> (local midnight n-1 days ago to now).
/// </summary>
public sealed record WindowSpec(string Id, WindowUnit Unit, int Count)
{
    public const string Today = FigureWindows.Today;

    /// <summary>A stored window, validated when it was saved.</summary>
    public static WindowSpec Parse(string id) => TryParse(id, out var error) ?? throw new FormatException(error);

    /// <summary>The window <paramref name="text"/> names, checked by the SDK's rule (<see cref="FigureWindows.Check"/>).</summary>
    public static WindowSpec? TryParse(string? text, out string? error)
    {
        error = FigureWindows.Check(text);
        if (error is not null)
        {
            return null;
        }

        if (text == Today)
        {
            return new WindowSpec(Today, WindowUnit.Today, 1);
        }

        var unit = text![^1] switch
        {
            'm' => WindowUnit.Minutes,
            'h' => WindowUnit.Hours,
            _ => WindowUnit.Days,
        };
        return new WindowSpec(text, unit, int.Parse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>The window ending at <paramref name="now"/>, with local days taken in <paramref name="zone"/>.</summary>
    public FigureWindow At(DateTimeOffset now, TimeZoneInfo zone) => FigureWindows.At(Id, now, zone);

    /// <summary>How the wall names the window under a tile, e.g. "today", "last 60 min", "last 7 days".</summary>
    public string Describe() => Unit switch
    {
        WindowUnit.Today => "today",
        WindowUnit.Minutes => $"last {Count} min",
        WindowUnit.Hours => Count == 1 ? "last hour" : $"last {Count} h",
        _ => Count == 1 ? "today" : $"last {Count} days",
    };
}
