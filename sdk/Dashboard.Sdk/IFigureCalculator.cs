namespace Dashboard.Sdk;

/// <summary>
/// A plugin capability (SDK 1.1): compute the plugin's figures from the stored records of one window. It must be a pure
/// read: the same records, window and settings always give the same figures, so a restart, a re-read file or a late
/// event never changes what the wall shows for a moment already past.
/// </summary>
public interface IFigureCalculator
{
    /// <summary>
    /// How far before <see cref="FigureWindow.From"/> records are needed, e.g. seven days to compare with the same
    /// weekday a week earlier. The host then also passes records that overlap that earlier stretch.
    /// </summary>
    TimeSpan HistoryNeeded => TimeSpan.Zero;

    /// <summary>
    /// Computes the figures of <paramref name="window"/> from <paramref name="records"/>: every stored record of the
    /// collector whose <see cref="SourceRecord.Start"/> is before <see cref="FigureWindow.To"/> and that had not ended
    /// before <see cref="FigureWindow.From"/> minus <see cref="HistoryNeeded"/> (open records included, however old).
    /// Anything timed after <see cref="FigureWindow.To"/> has not happened yet for this figure.
    /// </summary>
    IReadOnlyList<Figure> Compute(CollectContext context, FigureWindow window, IReadOnlyList<SourceRecord> records);
}
