using Dashboard.Host.Metrics;
using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Tests.Metrics;

public sealed class LastValueTests
{
    public static TheoryData<double?, FigureState, int?> Readings => new()
    {
        { 12.5, FigureState.Value, 40 },
        { null, FigureState.Closed, null },
        { null, FigureState.TooFewData, 3 },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void ToDocument_AnyReading_IsWhatTheHostsMapperWritesAndReadsBackTheSame(double? value, FigureState state, int? basis)
    {
        var lastValue = new LastValue
        {
            Id = "queues.wait{servicePoint=Library}",
            MetricKey = "queues.wait",
            CollectorId = "queues",
            Dimensions = new Dictionary<string, string> { ["servicePoint"] = "Library" },
            UtcTicks = 638_000_000_000_000_000,
            Value = value,
            State = state,
            Basis = basis,
        };
        // The mapper as DashboardDatabase configures it: documents written by either must be the same.
        var mapped = new BsonMapper { EnumAsInteger = false }.ToDocument(lastValue);

        var written = lastValue.ToDocument();

        Assert.Equal(mapped.Keys.Order(), written.Keys.Order());
        Assert.All(mapped.Keys, key => Assert.Equal(mapped[key], written[key]));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(lastValue), System.Text.Json.JsonSerializer.Serialize(LastValue.FromDocument(written)));
    }
}
