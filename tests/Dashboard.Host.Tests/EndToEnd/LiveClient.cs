using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Host.Live;
using Dashboard.Host.Walls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>A wall screen as the server sees it: a real SignalR client on the live hub that records what it is sent.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<MetricsUpdate> _updates = new();
    private readonly ConcurrentQueue<CollectorStatus> _statuses = new();
    private readonly SemaphoreSlim _received = new(0);

    /// <param name="displayToken">A screen's token, sent as the hub's access token; none watches anonymously or not at all.</param>
    public LiveClient(Uri baseAddress, string? displayToken = null)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, LiveHub.Path), options => options.AccessTokenProvider = () => Task.FromResult(displayToken))
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        _connection.On<MetricsUpdate>(nameof(ILiveClient.MetricsUpdated), update => Record(_updates, update));
        _connection.On<CollectorStatus>(nameof(ILiveClient.CollectorStatusChanged), status => Record(_statuses, status));
    }

    public async Task<WallSnapshot> JoinAsync(string wallId = WallCatalog.DefaultWallId)
    {
        await _connection.StartAsync();
        return await _connection.InvokeAsync<WallSnapshot>(nameof(LiveHub.JoinWall), wallId);
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

    public Task InvokeJoinAsync(string wallId) => _connection.InvokeAsync<WallSnapshot>(nameof(LiveHub.JoinWall), wallId);

    public Task<LiveValue> NextValueAsync(string metricKey, TimeSpan timeout) =>
        WaitForAsync(() => _updates.SelectMany(update => update.Values).FirstOrDefault(value => value.MetricKey == metricKey), timeout, $"a value of {metricKey}");

    public Task<CollectorStatus> NextStatusAsync(string collectorId, TimeSpan timeout) =>
        WaitForAsync(() => _statuses.FirstOrDefault(status => status.CollectorId == collectorId), timeout, $"a status of {collectorId}");

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _received.Dispose();
    }

    private void Record<T>(ConcurrentQueue<T> queue, T message)
    {
        queue.Enqueue(message);
        _received.Release();
    }

    private async Task<T> WaitForAsync<T>(Func<T?> find, TimeSpan timeout, string what)
        where T : class
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            try
            {
                await _received.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The wall received no {what} within {timeout.TotalSeconds} s.");
            }
        }
    }
}
