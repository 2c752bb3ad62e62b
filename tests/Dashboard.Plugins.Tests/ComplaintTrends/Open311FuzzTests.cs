using System.Text.Json;
using CsCheck;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class Open311FuzzTests
{
    private static readonly string[] Seeds =
    [
        """[{"service_request_id":638344,"status":"closed","service_name":"Sidewalk","service_code":"006","requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T06:37:38-08:00","lat":37.76,"long":-122.46}]""",
        """[{"service_request_id":"8fmht","service_code":"171","requested_datetime":"2013-05-02T11:02:07+03:00","status":"open","status_notes":"","lat":"60.21","long":"25.07","extended_attributes":{"detailed_status":"IN_PROCESS","tasks":[{"task_created":"2013-05-03T10:00:00+03:00","owner_name":"HKR"}]}}]""",
        """{"service_requests":{"request":[{"service_request_id":"b2","status":"closed","requested_datetime":"2026-03-02T09:00:00+02:00","request_history":[{"time":"2026-03-02T15:00:00+02:00","status":"allocated"}]}]}}""",
    ];

    private static readonly string[] Tokens =
    [
        "\"", "{", "}", "[", "]", ",", ":", "null", "\"\"", "0", "-1", "1e999", "\"2026-03-02T09:00:00+02:00\"", "\"x\"", "true", "\\", "\\u0000", "é", "\n",
    ];

    private static readonly Gen<string> Text = Gen.Char["abcXYZ 019:-+T.é\"\\\n\u0000"].Array[0, 12].Select(chars => JsonSerializer.Serialize(new string(chars)));

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.OneOf(
            "\"2026-03-02T09:00:00+02:00\"", "\"2026-03-02T07:00:00Z\"", "\"2026-03-02 09:00\"", "\"2016-01-12\"", "\"2.3.2026 9:15\"",
            "\"2026-02-30T10:00:00+02:00\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59+14:00\"", "\"2026-03-29T03:30:00\"",
            "\"\"", "null", "0", "1709362800", "{}", "[]", "true"),
        Text);

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf("\"1\"", "\"\"", "null", "0", "-0.0", "91", "\"0\"", "\"60.17\"", "1e308", "{}", "[]", "false", "\"open\"", "\"closed\"", "\"Resolved\""),
        Gen.Int[-5, 1000].Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Text);

    private static readonly Gen<string> History = Gen.Select(Date, Gen.OneOf("\"received\"", "\"handling\"", "null", "5"), Scalar)
        .Select((time, status, note) => $$"""{"time":{{time}},"status":{{status}},"note":{{note}}}""")
        .Array[0, 3].Select(entries => "[" + string.Join(",", entries) + "]");

    private static readonly Gen<string> Tasks = Date.Select(created => $$"""{"task_created":{{created}},"owner_name":"x"}""")
        .Array[0, 3].Select(tasks => "[" + string.Join(",", tasks) + "]");

    private static readonly Gen<string> Field = Gen.OneOf(
        Scalar.Select(value => $"\"service_request_id\":{value}"),
        Scalar.Select(value => $"\"status\":{value}"),
        Date.Select(value => $"\"requested_datetime\":{value}"),
        Date.Select(value => $"\"updated_datetime\":{value}"),
        Date.Select(value => $"\"expected_datetime\":{value}"),
        Scalar.Select(value => $"\"service_name\":{value}"),
        Scalar.Select(value => $"\"service_code\":{value}"),
        Scalar.Select(value => $"\"agency_responsible\":{value}"),
        Scalar.Select(value => $"\"lat\":{value}"),
        Scalar.Select(value => $"\"long\":{value}"),
        History.Select(value => $"\"request_history\":{value}"),
        Gen.Select(Scalar, Tasks, History).Select((status, tasks, history) =>
            $$"""
            "extended_attributes":{"detailed_status":{{status}},"tasks":{{tasks}},"request_history":{{history}}}
            """));

    private static readonly Gen<string> Request = Gen.Select(Date, Gen.OneOf("\"open\"", "\"closed\""), Field.Array[0, 6])
        .Select((requested, status, fields) =>
            "{" + string.Join(",", new[] { "\"service_request_id\":\"r\"", $"\"status\":{status}", $"\"requested_datetime\":{requested}" }.Concat(fields)) + "}");

    private static readonly Gen<string> Document = Gen.Select(Request.Array[0, 4], Gen.Int[0, 2]).Select((requests, wrapper) =>
    {
        var list = "[" + string.Join(",", requests) + "]";
        return wrapper switch
        {
            0 => list,
            1 => "{\"service_requests\":{\"request\":" + list + "}}",
            _ => $$"""{"data":{{list}}}""",
        };
    });

    [Fact]
    public async Task ReceiveAsync_GeneratedAndMutatedOpen311Documents_NeverFailOutsideTheRules()
    {
        await FuzzCheck.GeneratedAndMutated(Document, Seeds, Tokens)
            .SampleAsync(body => FuzzCheck.PushAsync("application/json", body, lineBased: false), iter: FuzzCheck.Iterations, threads: 1);
    }
}
