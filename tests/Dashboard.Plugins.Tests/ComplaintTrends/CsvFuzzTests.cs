using CsCheck;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class CsvFuzzTests
{
    private static readonly string[] Seeds =
    [
        "id,received,first reply,closed,category,channel,service point\nC-1,2026-03-02 09:15,2026-03-02 11:00,2026-03-04 14:30,Waiting times,web form,Central library\n",
        "\uFEFFid,received,category\r\n\"C,1\",2026-03-02 09:00,\"Premises\r\nand \"\"parking\"\"\"\r\n",
        "category,closed,id,received\nA,,K-7,2.3.2026 9:15\n",
    ];

    private static readonly string[] Tokens = ["\"", ",", ";", "\n", "\r\n", "\r", "\uFEFF", "\u0000", "é", " ", "2026-03-02 09:00", "id", "received", "\"\""];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.OneOf(
            "", "C-1", "2026-03-02 09:00", "2026-03-02T09:00:00+02:00", "2.3.2026 9:15", "2026-03-29 03:30", "2026-02-30 10:00",
            "0001-01-01", "9999-12-31 23:59", "tomorrow", "\"quoted, with comma\"", "\"line\nbreak\"", "un\"quoted", "\"open"),
        Gen.Char["ab019:-. \"\n,"].Array[0, 10].Select(chars => new string(chars)));

    private static readonly Gen<string> Header = Gen.Shuffle(new[] { "id", "received", "first reply", "closed", "category", "channel", "service point", "other" })
        .Select(Gen.Int[1, 8], (columns, count) => string.Join(",", columns.Take(count)));

    private static readonly Gen<string> Export = Gen.Select(Header, Value.Array[0, 8].Array[0, 5], Gen.Bool)
        .Select((header, rows, crlf) =>
        {
            var newline = crlf ? "\r\n" : "\n";
            return header + newline + string.Join(newline, rows.Select(row => string.Join(",", row)));
        });

    [Fact]
    public async Task ReceiveAsync_GeneratedAndMutatedCsvExports_NeverFailOutsideTheRules()
    {
        await FuzzCheck.GeneratedAndMutated(Export, Seeds, Tokens)
            .SampleAsync(body => FuzzCheck.PushAsync("text/csv", body, lineBased: true), iter: FuzzCheck.Iterations, threads: 1);
    }
}
