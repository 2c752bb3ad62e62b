using System.Text;

namespace Dashboard.Sdk.Testing;

/// <summary>
/// Runs a record-based plugin (SDK 1.1) the way the host does, without the host: scheduled reads carry the checkpoint
/// from one read to the next, pushed bodies are parsed, every batch is checked with
/// <see cref="PluginContractChecks.CheckBatch"/> and merged into <see cref="Records"/> with <see cref="RecordState"/>,
/// the host's merge rule; figures are computed over the records that <see cref="RecordRules.Overlaps"/> a window and
/// checked with <see cref="PluginContractChecks.CheckFigures"/>.
/// </summary>
/// <typeparam name="TPlugin">The plugin under test.</typeparam>
public sealed class RecordPluginHarness<TPlugin> where TPlugin : IMetricPlugin, new()
{
    private readonly PluginTestHarness<TPlugin> _inner;
    private readonly Dictionary<string, RecordState> _records = new(StringComparer.Ordinal);

    /// <summary>Creates the plugin and checks its metric definitions.</summary>
    public RecordPluginHarness(string collectorId = PluginTestHarness<TPlugin>.DefaultCollectorId, DateTimeOffset? startTime = null)
    {
        _inner = new PluginTestHarness<TPlugin>(collectorId, startTime);
    }

    /// <summary>The plugin instance under test.</summary>
    public TPlugin Plugin => _inner.Plugin;

    /// <summary>The clock the plugin sees.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _inner.Time;

    /// <summary>Everything the plugin logged.</summary>
    public TestLogger Logger => _inner.Logger;

    /// <summary>The collector's time zone passed in <see cref="CollectContext.TimeZone"/>; Europe/Helsinki by default.</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The checkpoint the next scheduled read starts from; null before the first.</summary>
    public string? Checkpoint { get; set; }

    /// <summary>The records stored so far, merged as the host merges them.</summary>
    public IReadOnlyList<SourceRecord> Records => [.. _records.Values.Select(record => record.ToRecord())];

    /// <summary>Binds and validates settings JSON as the plugin's settings type.</summary>
    public object BindSettings(string settingsJson) => _inner.BindSettings(settingsJson);

    /// <summary>Binds <paramref name="settingsJson"/>, then makes one scheduled read (see <see cref="ReadAsync(object, CancellationToken)"/>).</summary>
    public Task<RecordBatch> ReadAsync(string settingsJson, CancellationToken cancellationToken = default) =>
        ReadAsync(BindSettings(settingsJson), cancellationToken);

    /// <summary>One scheduled read from <see cref="Checkpoint"/>; stores its updates and moves the checkpoint on.</summary>
    public async Task<RecordBatch> ReadAsync(object settings, CancellationToken cancellationToken = default)
    {
        var reader = Capability<IRecordReader>();
        var batch = await reader.ReadAsync(Context(settings) with { Checkpoint = Checkpoint }, cancellationToken).ConfigureAwait(false);
        Store(batch);
        Checkpoint = batch.Checkpoint ?? Checkpoint;
        return batch;
    }

    /// <summary>Pushes one body as the ingest endpoint would; stores its updates.</summary>
    public async Task<RecordBatch> ReceiveAsync(object settings, string contentType, string body, CancellationToken cancellationToken = default)
    {
        var receiver = Capability<IPushReceiver>();
        var input = new PushedInput { ContentType = contentType, Body = Encoding.UTF8.GetBytes(body), SourceName = "test request" };
        var batch = await receiver.ReceiveAsync(Context(settings), input, cancellationToken).ConfigureAwait(false);
        Store(batch);
        return batch;
    }

    /// <summary>Computes the figures of <paramref name="window"/> over the stored records, with the clock at its end.</summary>
    public IReadOnlyList<Figure> Compute(object settings, FigureWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var calculator = Capability<IFigureCalculator>();
        var from = window.From - calculator.HistoryNeeded;
        var records = Records.Where(record => RecordRules.Overlaps(record, from, window.To)).ToList();
        var figures = calculator.Compute(Context(settings), window, records);
        ThrowIfAny(PluginContractChecks.CheckFigures(Plugin.Metrics, figures));
        return figures;
    }

    /// <summary>
    /// The window <paramref name="id"/> (<c>today</c>, <c>60m</c>, <c>8h</c>, <c>7d</c>) ending at the clock's current
    /// time in <see cref="TimeZone"/>, bounded by the host's rule (<see cref="FigureWindows.At"/>).
    /// </summary>
    /// <exception cref="FormatException"><paramref name="id"/> is not a window id.</exception>
    public FigureWindow Window(string id) => FigureWindows.At(id, Time.GetUtcNow(), TimeZone);

    /// <summary>The window "today so far" in <paramref name="timeZone"/> at the clock's current time, named <paramref name="id"/>.</summary>
    public FigureWindow Today(TimeZoneInfo timeZone, string id = FigureWindows.Today) =>
        FigureWindows.At(FigureWindows.Today, Time.GetUtcNow(), timeZone) with { Id = id };

    /// <summary>The rolling window of the last <paramref name="length"/> at the clock's current time.</summary>
    public FigureWindow Last(TimeSpan length, TimeZoneInfo timeZone, string id)
    {
        var now = Time.GetUtcNow();
        return new FigureWindow { Id = id, From = now - length, To = now, TimeZone = timeZone };
    }

    /// <summary>
    /// Stores records as if an earlier read had returned them, checked and merged by the host's rules; for figure tests
    /// that start from given records.
    /// </summary>
    /// <exception cref="PluginContractException">An update breaks <see cref="RecordRules"/>.</exception>
    public void Add(params IReadOnlyList<RecordUpdate> updates) => Store(new RecordBatch { Updates = updates });

    private void Store(RecordBatch batch)
    {
        ThrowIfAny(PluginContractChecks.CheckBatch(batch));
        foreach (var update in batch.Updates)
        {
            if (!_records.TryGetValue(update.RecordId, out var record))
            {
                record = new RecordState(update.RecordId);
                _records.Add(update.RecordId, record);
            }

            record.Apply(update);
        }
    }

    private CollectContext Context(object settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CollectContext(_inner.CollectorId, settings, Time, Logger) { TimeZone = TimeZone };
    }

    private TCapability Capability<TCapability>() where TCapability : class =>
        Plugin as TCapability ?? throw new PluginContractException(typeof(TPlugin).Name, [$"The plugin does not implement {typeof(TCapability).Name}."]);

    private static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new PluginContractException(typeof(TPlugin).Name, problems);
        }
    }
}
