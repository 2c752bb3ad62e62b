using System.Text.Json;
using Dashboard.Host.Live;
using Dashboard.Host.Testing;
using Dashboard.Sdk;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Tests.Live;

/// <summary>The JSON a screen receives for a value, as the hub's own serializer settings write it.</summary>
public sealed class LiveFigureTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Today = new() { ["window"] = "today" };
    private readonly DashboardHostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Serialize_ClosedWithoutValueOrBasis_LeavesBothOut()
    {
        var json = Serialize(new LiveFigure("q.wait{window=today}", "q.wait", Today, At, null, FigureState.Closed, null));

        Assert.Equal("""{"seriesKey":"q.wait{window=today}","metricKey":"q.wait","dimensions":{"window":"today"},"timestamp":"2026-11-30T06:00:00+00:00","state":"closed"}""", json);
    }

    [Fact]
    public void Serialize_PlainValue_LeavesTheUsualStateOut()
    {
        var json = Serialize(new LiveFigure("q.wait{window=today}", "q.wait", Today, At, 4.5, FigureState.Value, 12));

        Assert.Equal("""{"seriesKey":"q.wait{window=today}","metricKey":"q.wait","dimensions":{"window":"today"},"timestamp":"2026-11-30T06:00:00+00:00","value":4.5,"basis":12}""", json);
    }

    [Fact]
    public void Deserialize_WhatWasLeftOut_ReadsAsNoValueNoBasisAndTheUsualState()
    {
        var options = HubJson();

        var figure = JsonSerializer.Deserialize<LiveFigure>("""{"seriesKey":"s","metricKey":"m","dimensions":{},"timestamp":"2026-11-30T06:00:00+00:00"}""", options)!;

        Assert.Null(figure.Value);
        Assert.Null(figure.Basis);
        Assert.Equal(FigureState.Value, figure.State);
    }

    private string Serialize(LiveFigure figure) => JsonSerializer.Serialize(figure, HubJson());

    private JsonSerializerOptions HubJson() => _host.Services.GetRequiredService<IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions;
}
