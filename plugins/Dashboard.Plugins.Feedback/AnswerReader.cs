using System.Globalization;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Turns one raw answer, whatever format it came in, into a record update: the answer's id is the record id, its time
/// both start and end (an answer is an instant), and its scale, answer, misuse flag, service point, channel and survey
/// the fields. Anything unusable becomes a problem that names the place and the column.
/// </summary>
internal sealed class AnswerReader(FeedbackSettings settings, TimeZoneInfo timeZone)
{
    /// <summary>The longest text kept in a field, so that a name fits a wall tile and the record rules.</summary>
    public const int MaxTextLength = RecordRules.MaxIdLength;

    private static readonly AnswerField[] Required = [AnswerField.Id, AnswerField.Time, AnswerField.Answer];

    /// <summary>The fields every answer needs; an input without a column for one is refused as a whole.</summary>
    public static IReadOnlyList<AnswerField> RequiredFields => Required;

    /// <summary>The update for <paramref name="raw"/>, or the first problem found in it.</summary>
    public (RecordUpdate? Update, InputProblem? Problem) Read(RawAnswer raw, InputPlace place)
    {
        foreach (var field in Required)
        {
            var (name, text) = raw.Get(field);
            if (text is null)
            {
                return (null, place.Problem(name ?? ExpectedName(field), $"The {Describe(field)} is missing; every answer needs one."));
            }
        }

        var (idName, id) = raw.Get(AnswerField.Id);
        if (id!.Length > RecordRules.MaxIdLength)
        {
            return (null, place.Problem(idName, $"The id is {id.Length} characters long; at most {RecordRules.MaxIdLength} are accepted."));
        }

        var (timeName, timeText) = raw.Get(AnswerField.Time);
        if (AnswerTimes.Parse(timeText!, timeZone, settings.IgnoreTimeOffset) is not { } time)
        {
            return (null, place.Problem(timeName, $"'{Shorten(timeText!)}' is not a time; expected {AnswerTimes.Expected}."));
        }

        var (scaleName, scaleText) = raw.Get(AnswerField.Scale);
        if ((scaleText is null ? settings.DefaultScale : ScaleRules.Parse(scaleText)) is not { } scale)
        {
            return (null, place.Problem(scaleName, $"'{Shorten(scaleText!)}' is not a scale; expected smiley, csat or nps."));
        }

        var (answerName, answerText) = raw.Get(AnswerField.Answer);
        var (lowest, highest) = ScaleRules.Range(scale);
        if (!long.TryParse(answerText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var answer) || answer < lowest || answer > highest)
        {
            return (null, place.Problem(answerName, $"'{Shorten(answerText!)}' is not an answer on the {ScaleRules.Name(scale)} scale; expected a whole number from {lowest} to {highest}."));
        }

        var (misuseName, misuseText) = raw.Get(AnswerField.Misuse);
        if (ReadFlag(misuseText) is not { } misuse)
        {
            return (null, place.Problem(misuseName, $"'{Shorten(misuseText!)}' is not a misuse flag; expected true or false (or 1 or 0, yes or no)."));
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [RecordRules.StartField] = time,
            [RecordRules.EndField] = time,
            [AnswerFields.Scale] = ScaleRules.Name(scale),
            [AnswerFields.Answer] = answer,
            [AnswerFields.Misuse] = misuse,
        };
        foreach (var (field, recordField) in new[]
                 {
                     (AnswerField.ServicePoint, AnswerFields.ServicePoint),
                     (AnswerField.Channel, AnswerFields.Channel),
                     (AnswerField.Survey, AnswerFields.Survey),
                 })
        {
            var (name, text) = raw.Get(field);
            if (text?.Length > MaxTextLength)
            {
                return (null, place.Problem(name, $"The {Describe(field)} is {text.Length} characters long; at most {MaxTextLength} are accepted."));
            }

            fields[recordField] = field == AnswerField.ServicePoint && text is not null
                ? settings.ServicePointNames.TryGetValue(text, out var named) ? named : text
                : text;
        }

        return (new RecordUpdate { RecordId = id, AsOf = time, Fields = fields }, null);
    }

    /// <summary>The first accepted name of <paramref name="field"/>, to name a column that is not there.</summary>
    public string ExpectedName(AnswerField field) => settings.Columns.NamesFor(field)[0];

    /// <summary>The field in words, e.g. "answer time".</summary>
    public static string Describe(AnswerField field) => field switch
    {
        AnswerField.Id => "answer id",
        AnswerField.Time => "answer time",
        AnswerField.Answer => "button index or score",
        AnswerField.ServicePoint => "service point",
        _ => field.ToString().ToLowerInvariant(),
    };

    private static bool? ReadFlag(string? text) => text?.ToLowerInvariant() switch
    {
        null or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
