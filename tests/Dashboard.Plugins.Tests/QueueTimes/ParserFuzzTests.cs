using System.Text;
using CsCheck;
using Dashboard.Plugins.QueueTimes;
using Dashboard.Sdk;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>
/// Every parser gets 100,000 inputs, mostly small valid samples mutated (characters deleted, inserted, replaced,
/// lines cut or doubled), some plain random text: no exception but <see cref="InputException"/> naming its source,
/// every skipped line or item named by source and line or index, and every update one the host accepts.
/// </summary>
public sealed class ParserFuzzTests
{
    private const long Inputs = 100_000;

    private static readonly string[] QueueLogSamples =
    [
        "1772436600|1.1|support|NONE|ENTERQUEUE||0401234567\n1772436645|1.1|support|PJSIP/1002|CONNECT|45|1.2|5\n1772436825|1.1|support|PJSIP/1002|COMPLETECALLER|45|180|1\n",
        "1772436600|1.3|support|NONE|ENTERQUEUE||x\r\n1772436660|1.3|support|NONE|ABANDON|1|1|60\r\n1772434800|NONE|support|PJSIP/1|ADDMEMBER|\r\n",
        "1772436600|1.4|sales|NONE|ENTERQUEUE|\n1772436610|1.4|sales|NONE|EXITWITHKEY|5|2\n1772436611|NONE|NONE|NONE|QUEUESTART|\n",
    ];

    private static readonly string[] QueueLogCsvSamples =
    [
        "time,callid,queuename,agent,event,data1,data2\n2026-03-02 09:30:00.123,1.1,support,NONE,ENTERQUEUE,,x\n2026-03-02 09:31:00,1.1,support,PJSIP/1,CONNECT,60,1.2\n",
        "time;callid;queuename;agent;event\r\n1772436600;1.3;support;NONE;ENTERQUEUE\r\n2026-03-02T09:31:00+02:00;1.3;support;NONE;\"ABANDON\"\r\n",
    ];

    private static readonly string[] VisitJsonSamples =
    [
        """[{"eventName":"VISIT_CREATE","eventTime":"2026-03-02T09:00:00.000+0200","parameters":{"visitId":1,"branchName":"City hall","ticket":"A1"}},{"eventName":"VISIT_CALL","eventTime":"2026-03-02T09:10:00+02:00","visitId":1,"servicePointName":"C1"}]""",
        """{"event":"opened","time":"2026-03-02 08:00","branch":"Library","counter":"Desk 2"}""",
        """[{"eventName":"VISIT_NOSHOW","eventTime":1772436600,"visitId":"x"},{"eventName":"VISIT_TRANSFER_TO_QUEUE","eventTime":"2026-03-02T09:00:00Z","visitId":"x"}]""",
    ];

    private static readonly string[] VisitNdjsonSamples =
    [
        "{\"eventName\":\"VISIT_CREATE\",\"eventTime\":\"2026-03-02T09:00:00+02:00\",\"visitId\":1,\"branchName\":\"Library\"}\n{\"eventName\":\"VISIT_END\",\"eventTime\":\"2026-03-02T09:20:00+02:00\",\"visitId\":1}\n",
        "{\"eventName\":\"SERVICE_POINT_CLOSE\",\"eventTime\":\"2026-03-02T17:00:00+02:00\",\"branchName\":\"Library\",\"servicePointName\":\"Desk 1\"}\r\n\r\n{\"eventName\":\"VISIT_REMOVE\",\"eventTime\":\"2026-03-02 09:40\",\"visitId\":\"7\"}",
    ];

    private static readonly string[] VisitCsvSamples =
    [
        "eventName,eventTime,visitId,branchName,servicePointName\nVISIT_CREATE,2026-03-02 09:00,1,Library,\nVISIT_CALL,2026-03-02 09:05,1,,Desk 1\n",
        "Branch Name;Visit ID;Event Name;Event Time\r\nCity hall;\"2\";VISIT_CREATE;2026-03-02T09:00:00+02:00\r\n;2;VISIT_END;1772437200\r\n",
    ];

    private static readonly char[] Interesting = ['|', ',', ';', '"', '\n', '\r', '{', '}', '[', ']', ':', '0', '9', '-', '+', 'T', 'Z', ' ', '\\', '\uFEFF', 'é', '\0'];

    [Fact]
    public void ReceiveAsync_MutatedQueueLogLines_OnlyNamedProblems() => Fuzz("text/plain", QueueLogSamples);

    [Fact]
    public void ReceiveAsync_MutatedQueueLogExports_OnlyNamedProblems() => Fuzz("text/csv", QueueLogCsvSamples);

    [Fact]
    public void ReceiveAsync_MutatedVisitJson_OnlyNamedProblems() => Fuzz("application/json", VisitJsonSamples);

    [Fact]
    public void ReceiveAsync_MutatedVisitNdjson_OnlyNamedProblems() => Fuzz("application/x-ndjson", VisitNdjsonSamples);

    [Fact]
    public void ReceiveAsync_MutatedVisitCsv_OnlyNamedProblems() => Fuzz("text/csv", VisitCsvSamples);

    private static void Fuzz(string contentType, string[] samples)
    {
        var plugin = new QueueTimesPlugin();
        var settings = PluginSettingsBinder.Bind<QueueTimesSettings>(QueueTimesKit.PushSettings);
        var context = new CollectContext("fuzz", settings, new FakeTimeProvider(QueueTimesKit.MondayTen), new Dashboard.Sdk.Testing.TestLogger())
        {
            TimeZone = QueueTimesKit.Helsinki,
        };
        var mutated = Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[0, int.MaxValue].Array[1, 6], (sample, edits) => Mutate(samples[sample], edits));
        var inputs = Gen.Frequency((9, mutated), (1, Gen.String));

        inputs.Sample(body => Check(plugin, context, contentType, body), iter: Inputs, threads: 1);
    }

    private static void Check(QueueTimesPlugin plugin, CollectContext context, string contentType, string body)
    {
        var input = new PushedInput { ContentType = contentType, Body = Encoding.UTF8.GetBytes(body), SourceName = "fuzz request" };
        RecordBatch batch;
        try
        {
            batch = plugin.ReceiveAsync(context, input, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (InputException refused)
        {
            Assert.Equal("fuzz request", refused.Problem.Source);
            Assert.False(string.IsNullOrWhiteSpace(refused.Problem.Message));
            return;
        }

        Assert.Empty(RecordRules.CheckBatch(batch));
        Assert.All(batch.Problems, problem =>
        {
            Assert.Equal("fuzz request", problem.Source);
            Assert.True(problem.Line is not null || problem.Index is not null, problem.ToString());
        });
    }

    private static string Mutate(string sample, int[] edits)
    {
        var text = new StringBuilder(sample);
        foreach (var edit in edits)
        {
            var at = text.Length == 0 ? 0 : edit / 7 % text.Length;
            var character = Interesting[edit / 131 % Interesting.Length];
            switch (edit % 7)
            {
                case 0 when text.Length > 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, character);
                    break;
                case 2 when text.Length > 0:
                    text[at] = character;
                    break;
                case 3:
                    text.Length = at;
                    break;
                case 4:
                    text.Insert(at, text.ToString(at, Math.Min(40, text.Length - at)));
                    break;
                case 5 when text.Length > 0:
                    text[at] = (char)(edit / 17 % 0x3000);
                    break;
                default:
                    text.Insert(at, edit % 1000);
                    break;
            }
        }

        return text.ToString();
    }
}
