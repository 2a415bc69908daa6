using Microsoft.AspNetCore.HttpOverrides;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Storage;

namespace OpenTerritoire.Api.Hosting;

/// <summary>Registers and configures the hub host: problem details, forwarded headers, start-up migration.</summary>
public static class HubServiceCollectionExtensions
{
    public static IServiceCollection AddHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemMapping.AddRequestId);
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseStartup>());
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind a reverse proxy: absolute links must use the client's scheme, host and path prefix. Only proxies
            // on loopback (the default) or in ForwardedHeaders:KnownNetworks are believed, so a client reaching the
            // hub directly cannot choose its own address for rate limits and the audit log.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto |
                ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    public static WebApplication UseHub(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            // File names of shipped assets change with their content; a year of caching is safe and sober.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RequestIdHeader.AddAsync);
        return app;
    }
}
