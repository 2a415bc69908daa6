using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace OpenTerritoire.Testing.Http;

/// <summary>The real hub, in process, on a given database: HTTP goes through the whole pipeline.</summary>
/// <param name="services">
/// Test-only service registrations added after the hub's own, such as <see cref="TestAuthenticationHandler"/>.
/// </param>
public sealed class HubApplication(
    string connectionString,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration =>
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Storage:ConnectionString"] = connectionString,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            configuration.AddInMemoryCollection(values);
        });
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
