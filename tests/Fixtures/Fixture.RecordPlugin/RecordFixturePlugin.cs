using System.Globalization;
using System.Text;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Fixture.RecordPlugin;

/// <summary>A small, predictable record plugin for host tests: counts, sums and open records per window.</summary>
public sealed class RecordFixturePlugin : IMetricPlugin, IRecordReader, IPushReceiver, IFigureCalculator, IConnectionTester
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("count", "Records started", "", MetricDirection.HigherIsBetter),
        new("value_sum", "Sum of values", "", MetricDirection.HigherIsBetter),
        new("open_now", "Open now", "", MetricDirection.LowerIsBetter, 0),
    ];

    public Type SettingsType => typeof(RecordSettings);

    public IReadOnlyList<string> AcceptedContentTypes { get; } = ["application/x-ndjson"];

    public Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken)
    {
        var settings = Prepare(context);
        if (settings.File is null || !System.IO.File.Exists(settings.File))
        {
            return Task.FromResult(new RecordBatch());
        }

        var offset = context.Checkpoint is { } checkpoint ? long.Parse(checkpoint, CultureInfo.InvariantCulture) : 0;
        var bytes = System.IO.File.ReadAllBytes(settings.File);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (complete <= offset)
        {
            return Task.FromResult(new RecordBatch());
        }

        var firstLine = 1 + bytes.AsSpan(0, (int)offset).Count((byte)'\n');
        var text = Encoding.UTF8.GetString(bytes, (int)offset, complete - (int)offset);
        var batch = EventLine.ParseLines(text, settings.File, firstLine);
        return Task.FromResult(batch with { Checkpoint = complete.ToString(CultureInfo.InvariantCulture) });
    }

    public Task<RecordBatch> ReceiveAsync(CollectContext context, PushedInput input, CancellationToken cancellationToken)
    {
        Prepare(context);
        var text = Encoding.UTF8.GetString(input.Body.Span);

        // A push without a single event is refused whole, so host tests can see an InputException answered.
        return string.IsNullOrWhiteSpace(text)
            ? throw new InputException(new InputProblem { Source = input.SourceName, Line = 1, Message = "the body holds no event; send one JSON object per line." })
            : Task.FromResult(EventLine.ParseLines(text, input.SourceName));
    }

    public IReadOnlyList<Figure> Compute(CollectContext context, FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        Prepare(context);
        var started = records.Where(record => record.Start >= window.From).ToList();
        var open = records.Count(record => record.End is not { } end || end > window.To);
        return
        [
            Figure.Of("count", started.Count),
            Figure.Of("value_sum", started.Sum(record => record.GetNumber("value") ?? 0)),
            Figure.Of("open_now", open),
        ];
    }

    public Task<ConnectionCheck> TestConnectionAsync(CollectContext context, CancellationToken cancellationToken)
    {
        // Blocks and throws like every other call, so the host's connection test meets a hung or broken source.
        var settings = Prepare(context);
        var found = settings.File is not null && System.IO.File.Exists(settings.File);
        return Task.FromResult(new ConnectionCheck
        {
            Succeeded = found,
            Message = found ? $"{settings.File} is readable." : $"{settings.File ?? "(no file)"} does not exist.",
        });
    }

    // Runs synchronously on purpose, before any await, so the host's timeout must hold against a blocked thread.
    private static RecordSettings Prepare(CollectContext context)
    {
        var settings = context.GetSettings<RecordSettings>();
        if (settings.BlockSeconds > 0)
        {
            Thread.Sleep(TimeSpan.FromSeconds(settings.BlockSeconds));
        }

        if (settings.WarnWith is { } warning)
        {
            context.Logger.LogWarning("{Warning}", warning);
        }

        if (settings.ReportLocation)
        {
            context.Logger.LogWarning("Loaded from {Folder}", Path.GetDirectoryName(typeof(RecordFixturePlugin).Assembly.Location));
        }

        return settings.FailWith is { } message ? throw new InvalidOperationException(message) : settings;
    }
}
