using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Support;

/// <summary>A wall screen on the live hub, watching dashboards, recording every message the server sends it.</summary>
public sealed class ScreenClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<object> _received = new();
    private readonly SemaphoreSlim _signal = new(0);

    /// <param name="displayToken">A screen's token, sent as the hub's access token; none watches anonymously or not at all.</param>
    public ScreenClient(Uri baseAddress, string? displayToken = null)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, LiveHub.Path), options => options.AccessTokenProvider = () => Task.FromResult(displayToken))
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        _connection.On<FiguresUpdate>(nameof(ILiveClient.FiguresUpdated), Record);
        _connection.On<CollectorStatus>(nameof(ILiveClient.CollectorStatusChanged), Record);
        _connection.On<DashboardChange>(nameof(ILiveClient.DashboardChanged), Record);
        _connection.On<ScreenReload>(nameof(ILiveClient.Reload), Record);
        _connection.On<HostInfo>(nameof(ILiveClient.HostVersion), Record);
    }

    public IReadOnlyList<object> Received => [.. _received];

    public async Task<DashboardSnapshot> WatchAsync(string dashboardId)
    {
        if (_connection.State == HubConnectionState.Disconnected)
        {
            await _connection.StartAsync();
        }

        return await _connection.InvokeAsync<DashboardSnapshot>(nameof(LiveHub.Watch), dashboardId);
    }

    /// <summary>Completes when the server closes the connection (or it drops), with the reason if any.</summary>
    public Task<Exception?> ClosedAsync()
    {
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        return _connection.State == HubConnectionState.Disconnected ? Task.FromResult<Exception?>(null) : closed.Task;
    }

    /// <summary>The first message of type <typeparamref name="T"/> matching <paramref name="match"/>, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_received.OfType<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The screen received no matching {typeof(T).Name} within {timeout.TotalSeconds} s; it received: {string.Join(", ", _received)}.");
            }
        }
    }

    /// <summary>The next pushed value of a qualified metric key, e.g. <c>ticker.value</c>.</summary>
    public async Task<LiveFigure> NextValueAsync(string metricKey, TimeSpan timeout)
    {
        var update = await NextAsync<FiguresUpdate>(update => update.Values.Any(value => value.MetricKey == metricKey), timeout);
        return update.Values.First(value => value.MetricKey == metricKey);
    }

    public Task<CollectorStatus> NextStatusAsync(string collectorId, TimeSpan timeout) =>
        NextAsync<CollectorStatus>(status => status.CollectorId == collectorId, timeout);

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _signal.Dispose();
    }

    private void Record<T>(T message)
        where T : notnull
    {
        _received.Enqueue(message);
        _signal.Release();
    }
}
