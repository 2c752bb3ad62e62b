using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>The answers of one group (everything, one service point, one channel) counted, and their figures.</summary>
internal sealed class AnswerTally
{
    private int _answers;
    private int _positive;
    private int _negative;
    private double _positionSum;
    private int _csatAnswers;
    private int _csatSatisfied;
    private int _npsAnswers;
    private int _promoters;
    private int _detractors;

    /// <summary>Counts one answer.</summary>
    public void Add(AnswerScale scale, long answer)
    {
        _answers++;
        _positive += ScaleRules.IsPositive(scale, answer) ? 1 : 0;
        _negative += ScaleRules.IsNegative(scale, answer) ? 1 : 0;
        _positionSum += ScaleRules.Position(scale, answer);
        if (scale == AnswerScale.Csat)
        {
            _csatAnswers++;
            _csatSatisfied += answer >= 4 ? 1 : 0;
        }
        else if (scale == AnswerScale.Nps)
        {
            _npsAnswers++;
            _promoters += answer >= 9 ? 1 : 0;
            _detractors += answer <= 6 ? 1 : 0;
        }
    }

    /// <summary>
    /// The group's figures. With no answer a figure is <see cref="FigureState.Closed"/> when the service is closed,
    /// otherwise the count is 0 and a share <see cref="FigureState.NoData"/>; a share resting on fewer than
    /// <paramref name="minimumAnswers"/> answers is <see cref="FigureState.TooFewData"/>.
    /// </summary>
    public IEnumerable<Figure> Figures(IReadOnlyDictionary<string, string>? dimensions, int minimumAnswers, bool closed)
    {
        yield return _answers == 0 && closed
            ? Figure.Without(FeedbackMetrics.Answers, FigureState.Closed, dimensions, basis: 0)
            : Figure.Of(FeedbackMetrics.Answers, _answers, dimensions, basis: _answers);
        yield return Share(FeedbackMetrics.PositivePercent, _positive, _answers);
        yield return Share(FeedbackMetrics.NegativePercent, _negative, _answers);
        yield return Rated(FeedbackMetrics.SatisfactionIndex, _answers, () => 100.0 * _positionSum / _answers);
        yield return Share(FeedbackMetrics.CsatPercent, _csatSatisfied, _csatAnswers);
        yield return Rated(FeedbackMetrics.Nps, _npsAnswers, () => 100.0 * (_promoters - _detractors) / _npsAnswers);

        Figure Share(string metric, int count, int basis) => Rated(metric, basis, () => 100.0 * count / basis);

        Figure Rated(string metric, int basis, Func<double> value) => basis switch
        {
            0 => Figure.Without(metric, closed ? FigureState.Closed : FigureState.NoData, dimensions, basis: 0),
            _ when basis < minimumAnswers => Figure.Without(metric, FigureState.TooFewData, dimensions, basis),
            _ => Figure.Of(metric, value(), dimensions, basis),
        };
    }
}
