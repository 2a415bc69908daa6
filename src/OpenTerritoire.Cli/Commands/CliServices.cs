using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTerritoire.Adapters;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Schemas;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Cli.Commands;

/// <summary>The same services the hub uses (stores, schemas, adapters), on the database a command names.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(string connectionString, string? schemasDirectory = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddStorage(connectionString);
        if (SchemasDirectory.Locate(schemasDirectory) is { } schemas)
        {
            services.AddSchemas(schemas);
            services.AddAdapters();
        }

        return services.BuildServiceProvider();
    }

    /// <summary>The tenant with this code, or null after saying so.</summary>
    public static async Task<TenantId?> TenantAsync(
        IServiceProvider services, string code, TextWriter output, CancellationToken cancellationToken)
    {
        var tenant = await services.GetRequiredService<TenantStore>().FindByCodeAsync(code, cancellationToken);
        if (tenant is null)
        {
            await output.WriteLineAsync($"No tenant has the code '{code}'.");
        }

        return tenant?.Id;
    }

    public static async Task WriteIssuesAsync(IEnumerable<Core.Issue> issues, TextWriter output)
    {
        foreach (var issue in issues)
        {
            await output.WriteLineAsync($"{issue.Code} at '{issue.Pointer}': {issue.MessageEn}");
        }
    }
}
