using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>The window's instants and the settings that decide what counts, for one computation.</summary>
internal sealed class FigureWindowRules(FigureWindow window, QueueTimesSettings settings)
{
    /// <summary>The moment the figures are for: the window's end. Nothing at or after it has happened yet.</summary>
    public DateTimeOffset Now { get; } = window.To;

    /// <summary>Abandons after a shorter wait are ignored.</summary>
    public TimeSpan ShortAbandon { get; } = TimeSpan.FromSeconds(settings.ShortAbandonSeconds);

    /// <summary>A wait older than this with no news is lost, not waiting.</summary>
    public TimeSpan StaleAfter { get; } = TimeSpan.FromHours(settings.StaleWaitHours);

    /// <summary>The service-level target of a call.</summary>
    public TimeSpan CallTarget { get; } = TimeSpan.FromSeconds(settings.CallTargetSeconds);

    /// <summary>The service-level target of a visit.</summary>
    public TimeSpan VisitTarget { get; } = TimeSpan.FromMinutes(settings.VisitTargetMinutes);

    /// <summary>Whether <paramref name="time"/> lies in [From, To).</summary>
    public bool InWindow(DateTimeOffset time) => time >= window.From && time < window.To;
}
