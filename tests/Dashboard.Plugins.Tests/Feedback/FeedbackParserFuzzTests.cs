using System.Text;
using CsCheck;
using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

/// <summary>
/// Each parser over 100,000 generated and mutated inputs: it either returns answers and problems that each name the
/// source and a line or item, or refuses the input with an <see cref="InputException"/> that does, and nothing else.
/// </summary>
public sealed class FeedbackParserFuzzTests
{
    private const int Inputs = 100_000;
    private const string Source = "fuzz input";

    // Characters that matter to CSV, JSON and times, plus a few that should not.
    private const string Alphabet = ",;|\t\"'\r\n {}[]:.-+TZ0123456789abefilmnrstuxAE\u00e4\uFEFF\\";

    private static readonly string[] CsvSeeds =
    [
        $"{ExportHeader}\n9a41ef2e,7764,2026-03-02T10:15:08.024,3330,390,3,false,0,physical,SMILEY_TERMINAL\n",
        "\uFEFFfeedbackId;localTime;buttonIndex;scale\r\nf1;2026-03-29 03:30;2;smiley\r\nf2;2026-10-25 03:30;9;nps\r\n",
        "feedbackId,localTime,buttonIndex,experiencePointName\n\"f1\",\"2026-03-02T10:15:00Z\",\"3\",\"Library, \"\"B\"\"\"\n\nf2,x,4,\n",
    ];

    private static readonly string[] JsonSeeds =
    [
        """[{"feedbackId":"a","localTime":"2026-03-02T10:15:00","buttonIndex":3,"misuse":false,"ui":"link"}]""",
        """{"feedbackId":"b","localTime":"2026-10-25T03:30:00+03:00","buttonIndex":"9","scale":"nps","experiencePointId":390}""",
        """[{"feedbackId":"c","localTime":"2026-03-02 10:15","buttonIndex":1},42,{"feedbackId":null},[]]""",
    ];

    private static readonly string[] NdjsonSeeds =
    [
        "{\"feedbackId\":\"a\",\"localTime\":\"2026-03-02T10:15:00\",\"buttonIndex\":3}\n{\"feedbackId\":\"b\",\"localTime\":\"2026-03-02T10:16:00\",\"buttonIndex\":0,\"misuse\":true}\n",
        "\n{\"id\":\"c\",\"time\":\"2026-03-29T03:30:00\",\"score\":5,\"kind\":\"csat\"}\r\n[1]\n",
    ];

    [Fact]
    public void Parse_Csv_NeverFailsButWithAPlacedInputException()
    {
        var parser = new FeedbackCsvParser(Settings(), Helsinki);
        Inputs_Hold(CsvSeeds, text => parser.Parse(Encoding.UTF8.GetBytes(text), Source));
    }

    [Fact]
    public void ParseDocument_Json_NeverFailsButWithAPlacedInputException()
    {
        var parser = new FeedbackJsonParser(Settings(), Helsinki);
        Inputs_Hold(JsonSeeds, text => parser.ParseDocument(text, Source));
    }

    [Fact]
    public void ParseLines_Ndjson_NeverFailsButWithAPlacedInputException()
    {
        var parser = new FeedbackJsonParser(Settings(), Helsinki);
        Inputs_Hold(NdjsonSeeds, text => parser.ParseLines(text, Source));
    }

    private static void Inputs_Hold(string[] seeds, Func<string, ParsedAnswers> parse)
    {
        var edit = Gen.Select(Gen.Int[0, 4096], Gen.Int[0, 2], Gen.Char[Alphabet]);
        var mutated = Gen.Select(Gen.Int[0, seeds.Length - 1], edit.Array[0, 6], (seed, edits) => Mutate(seeds[seed], edits));
        var random = Gen.Char[Alphabet].Array[0, 80].Select(characters => new string(characters));
        Gen.OneOf(mutated, mutated, random).Sample(
            text =>
            {
                if (!Holds(parse, text))
                {
                    Assert.Fail($"A problem without its place, an invalid update or another exception for input: {text}");
                }
            },
            iter: Inputs,
            threads: 1);
    }

    private static bool Holds(Func<string, ParsedAnswers> parse, string text)
    {
        try
        {
            var parsed = parse(text);
            return parsed.Problems.All(IsPlaced) && parsed.Updates.All(update => RecordRules.CheckUpdate(update).Count == 0);
        }
        catch (InputException exception)
        {
            // Refused whole: the parser returned nothing, so nothing of this input can be stored.
            return IsPlaced(exception.Problem);
        }
    }

    private static bool IsPlaced(InputProblem problem) =>
        problem.Source == Source && (problem.Line is > 0 || problem.Index is >= 0) && !string.IsNullOrWhiteSpace(problem.Message);

    private static string Mutate(string seed, (int Position, int Kind, char Character)[] edits)
    {
        var text = new StringBuilder(seed);
        foreach (var (position, kind, character) in edits)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            switch (kind)
            {
                case 0:
                    text.Insert(at, character);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                default:
                    if (at < text.Length)
                    {
                        text[at] = character;
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
