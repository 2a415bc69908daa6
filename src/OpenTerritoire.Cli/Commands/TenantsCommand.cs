using System.CommandLine;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Cli.Commands;

/// <summary><c>openterritoire tenants create|list</c>: the hub operator's tenant management, straight on the database.</summary>
public static class TenantsCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("tenants", "Tenants: régions, départements, syndicats, EPCI, communes, operators.");
        var connection = new Option<string?>("--connection")
        {
            Description = $"Npgsql connection string (default: ${StorageServiceCollectionExtensions.ConnectionStringVariable}).",
        };
        var code = new Option<string>("--code") { Description = "Short unique code used in URLs (a-z, 0-9, -).", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", Required = true };
        var kind = new Option<string>("--kind")
        {
            Description = $"One of {string.Join(", ", TenantKindNames.All)}.",
            Required = true,
        };
        var parent = new Option<string?>("--parent") { Description = "Code of the tenant it is a member of." };
        var siren = new Option<string?>("--siren") { Description = "Nine-digit SIREN." };

        var create = new Command("create", "Create a tenant (a member of --parent, or top-level).");
        foreach (var option in new Option[] { code, name, kind, parent, siren, connection })
        {
            create.Options.Add(option);
        }

        create.SetAction((parse, cancellationToken) => CreateAsync(
            parse.GetValue(connection), parse.GetValue(parent), parse.GetValue(kind), parse.GetValue(code),
            parse.GetValue(name), parse.GetValue(siren), output, cancellationToken));

        var list = new Command("list", "List every tenant with its parent.");
        list.Options.Add(connection);
        list.SetAction((parse, cancellationToken) => ListAsync(parse.GetValue(connection), output, cancellationToken));

        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        return command;
    }

    private static async Task<int> CreateAsync(
        string? connection, string? parentCode, string? kind, string? code, string? name, string? siren, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        var tenants = new TenantStore(dataSource);
        Tenant? parent = null;
        if (parentCode is not null)
        {
            parent = await tenants.FindByCodeAsync(parentCode, cancellationToken);
            if (parent is null)
            {
                return await CliIssues.PrintAsync([TenancyIssues.TenantNotFound("--parent", parentCode)], output);
            }
        }

        var validated = TenantRules.Validate(parent, kind, code, name, siren);
        var created = validated.IsSuccess ? await tenants.CreateAsync(validated.Value, cancellationToken) : validated;
        if (!created.IsSuccess)
        {
            return await CliIssues.PrintAsync(created.Issues, output);
        }

        var tenant = created.Value;
        await new AuditLogStore(dataSource).AppendAsync(
            tenant.Id,
            new AuditEntry(0, tenant.Id, "cli", AuditActions.TenantCreate, "tenant", tenant.Code, TimeProvider.System.GetUtcNow(), null, null),
            cancellationToken);
        await output.WriteLineAsync($"Created tenant {tenant.Code} (id {tenant.Id}, {TenantKindNames.ToName(tenant.Kind)}).");
        return 0;
    }

    private static async Task<int> ListAsync(string? connection, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        var tenants = await new TenantStore(dataSource).ListAsync(cancellationToken);
        var codes = tenants.ToDictionary(tenant => tenant.Id, tenant => tenant.Code);
        foreach (var tenant in tenants)
        {
            var parent = tenant.ParentId is { } id && codes.TryGetValue(id, out var parentCode) ? parentCode : "-";
            await output.WriteLineAsync($"{tenant.Code}\t{TenantKindNames.ToName(tenant.Kind)}\t{parent}\t{tenant.Name}");
        }

        return 0;
    }
}
