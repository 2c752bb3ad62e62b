namespace Dashboard.Host.Figures;

public static class FigureServiceCollectionExtensions
{
    /// <summary>The figure pipeline: one refresher, both the loop that coalesces requests and the service that computes now.</summary>
    public static IServiceCollection AddFigures(this IServiceCollection services)
    {
        services.AddSingleton<FigureComputer>();
        services.AddSingleton<FigureRefresher>();
        services.AddSingleton<IFigureRefresher>(provider => provider.GetRequiredService<FigureRefresher>());
        services.AddHostedService(provider => provider.GetRequiredService<FigureRefresher>());
        return services;
    }
}
