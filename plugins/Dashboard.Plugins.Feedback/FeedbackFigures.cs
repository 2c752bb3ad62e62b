using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Computes the feedback figures of a window: overall, per service point and per channel. Only answers given in
/// [From, To) and not flagged as misuse count. Every service point and channel seen in the records handed over (the
/// window and <see cref="HistoryNeeded"/> before it) or named in the settings gets figures, so a quiet service point
/// reads 0 or closed instead of vanishing from the wall.
/// </summary>
internal static class FeedbackFigures
{
    /// <summary>How far back records are wanted to know which service points and channels exist.</summary>
    public static readonly TimeSpan HistoryNeeded = TimeSpan.FromDays(7);

    /// <summary>The figures of <paramref name="window"/>: overall first, then per service point, then per channel, each in name order.</summary>
    public static IReadOnlyList<Figure> Compute(FeedbackSettings settings, FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        var overall = new AnswerTally();
        var byPoint = new SortedDictionary<string, AnswerTally>(StringComparer.Ordinal);
        var byChannel = new SortedDictionary<string, AnswerTally>(StringComparer.Ordinal);
        foreach (var name in settings.ServicePointNames.Values)
        {
            byPoint.TryAdd(name, new AnswerTally());
        }

        foreach (var record in records)
        {
            var point = TallyOf(byPoint, record.GetString(AnswerFields.ServicePoint));
            var channel = TallyOf(byChannel, record.GetString(AnswerFields.Channel));
            if (record.Start is not { } start || start < window.From || start >= window.To || record.GetBool(AnswerFields.Misuse) == true
                || ScaleRules.Parse(record.GetString(AnswerFields.Scale)) is not { } scale
                || record.GetNumber(AnswerFields.Answer) is not { } number)
            {
                continue;
            }

            var (lowest, highest) = ScaleRules.Range(scale);
            var answer = (long)number;
            if (answer < lowest || answer > highest)
            {
                continue;
            }

            overall.Add(scale, answer);
            point?.Add(scale, answer);
            channel?.Add(scale, answer);
        }

        var closed = IsClosed(settings, window);
        var figures = new List<Figure>(overall.Figures(null, settings.MinimumAnswers, closed));
        figures.AddRange(byPoint.SelectMany(pair => pair.Value.Figures(Dimension(FeedbackMetrics.ServicePointDimension, pair.Key), settings.MinimumAnswers, closed)));
        figures.AddRange(byChannel.SelectMany(pair => pair.Value.Figures(Dimension(FeedbackMetrics.ChannelDimension, pair.Key), settings.MinimumAnswers, closed)));
        return figures;
    }

    private static AnswerTally? TallyOf(SortedDictionary<string, AnswerTally> tallies, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (!tallies.TryGetValue(name, out var tally))
        {
            tally = new AnswerTally();
            tallies.Add(name, tally);
        }

        return tally;
    }

    private static bool IsClosed(FeedbackSettings settings, FigureWindow window)
    {
        var hour = TimeZoneInfo.ConvertTime(window.To, window.TimeZone).TimeOfDay.TotalHours;
        return hour < settings.OpensAt || hour >= settings.ClosesAt;
    }

    private static Dictionary<string, string> Dimension(string name, string value) => new(StringComparer.Ordinal) { [name] = value };
}
