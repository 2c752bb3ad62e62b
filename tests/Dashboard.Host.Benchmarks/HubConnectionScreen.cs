using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Host.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Benchmarks;

/// <summary>A screen on the official .NET SignalR client: WebSockets without negotiation, watching one dashboard.</summary>
public static class HubConnectionScreen
{
    public static JsonSerializerOptions PayloadJson { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<HubConnection> ConnectAsync(Uri hubAddress, string dashboardId, Action<FiguresUpdate> figuresUpdated)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubAddress, options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions = PayloadJson)
            .Build();
        connection.ServerTimeout = TimeSpan.FromMinutes(5);
        connection.On(nameof(ILiveClient.FiguresUpdated), figuresUpdated);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>(nameof(LiveHub.Watch), dashboardId);
        return connection;
    }
}
