using Microsoft.AspNetCore.Cors.Infrastructure;

namespace OpenTerritoire.Api.Protection;

/// <summary>Registers the host's protections: options, CORS from <c>Cors:AllowedOrigins</c>, rate limits.</summary>
public static class ProtectionServiceCollectionExtensions
{
    public const string CorsOriginsKey = "Cors:AllowedOrigins";

    public static IServiceCollection AddProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProtectionOptions>(configuration.GetSection(ProtectionOptions.SectionName));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>(ConfigureCors);
        services.AddRateLimiter(RateLimitPolicies.Configure);
        return services;
    }

    /// <summary>Security headers and the body limit; CORS, before authentication so preflights pass.</summary>
    public static WebApplication UseProtection(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(SecurityHeaders.AddAsync);
        app.Use(RequestBodyLimit.EnforceAsync);
        app.UseCors();
        return app;
    }

    // No origin configured: no CORS headers at all, so browsers keep other sites' pages out.
    private static void ConfigureCors(CorsOptions options, IConfiguration configuration)
    {
        var origins = configuration.GetSection(CorsOriginsKey).Get<string[]>() ?? [];
        if (origins.Length == 0)
        {
            return;
        }

        options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "Accept", "Accept-Language")
            .WithExposedHeaders("Location", "Retry-After", "X-Request-Id"));
    }
}
