using System.CommandLine;
using System.Globalization;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Cli.Commands;

/// <summary>
/// <c>openterritoire tokens create|revoke|list</c>: API tokens of a tenant (<c>--tenant</c>) or platform tokens
/// (<c>--platform</c>), straight on the database. A created token's secret is printed once, on its own line.
/// </summary>
public static class TokensCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("tokens", "API tokens: issue, revoke, list.");
        var connection = new Option<string?>("--connection")
        {
            Description = $"Npgsql connection string (default: ${StorageServiceCollectionExtensions.ConnectionStringVariable}).",
        };
        var tenant = new Option<string?>("--tenant") { Description = "Code of the tenant the token acts for." };
        var platform = new Option<bool>("--platform") { Description = "A tenant-less platform admin token instead." };
        var name = new Option<string?>("--name") { Description = "What the token is for." };
        var scopes = new Option<string?>("--scopes")
        {
            Description = $"Comma-separated: {string.Join(", ", TokenScopeNames.All)} (admin implies the others).",
        };
        var kind = new Option<string>("--kind")
        {
            Description = $"One of {string.Join(", ", ApiTokenKindNames.All)}.",
            DefaultValueFactory = _ => "application",
        };
        var expires = new Option<DateTimeOffset?>("--expires") { Description = "Expiry (ISO 8601); none by default." };
        var id = new Option<long>("--id") { Description = "The token's id.", Required = true };

        var create = new Command("create", "Issue a token; its secret is printed once.");
        foreach (var option in new Option[] { tenant, platform, name, scopes, kind, expires, connection })
        {
            create.Options.Add(option);
        }

        create.SetAction((parse, cancellationToken) => CreateAsync(
            parse.GetValue(connection), parse.GetValue(tenant), parse.GetValue(platform), parse.GetValue(name),
            parse.GetValue(scopes), parse.GetValue(kind), parse.GetValue(expires), output, cancellationToken));

        var revoke = new Command("revoke", "Revoke a token: it answers 401 from now on.");
        foreach (var option in new Option[] { id, tenant, platform, connection })
        {
            revoke.Options.Add(option);
        }

        revoke.SetAction((parse, cancellationToken) => RevokeAsync(
            parse.GetValue(connection), parse.GetValue(id), parse.GetValue(tenant), parse.GetValue(platform), output,
            cancellationToken));

        var list = new Command("list", "List tokens (never their secrets).");
        foreach (var option in new Option[] { tenant, platform, connection })
        {
            list.Options.Add(option);
        }

        list.SetAction((parse, cancellationToken) => ListAsync(
            parse.GetValue(connection), parse.GetValue(tenant), parse.GetValue(platform), output, cancellationToken));

        command.Subcommands.Add(create);
        command.Subcommands.Add(revoke);
        command.Subcommands.Add(list);
        return command;
    }

    private static async Task<int> CreateAsync(
        string? connection, string? tenantCode, bool platform, string? name, string? scopeList, string? kindName,
        DateTimeOffset? expires, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString || !ChoosesOne(tenantCode, platform, output))
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        var store = new ApiTokenStore(dataSource);
        if (platform)
        {
            var secret = ApiTokenSecret.Generate();
            var token = await store.EnsurePlatformAsync(secret, name ?? "Platform admin (CLI)", "cli", cancellationToken);
            await output.WriteLineAsync($"Created platform token {token.Id} ({token.Prefix}…). Secret, shown once:");
            await output.WriteLineAsync(secret.Value);
            return 0;
        }

        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Add(IdentityIssues.Required("--name"));
        }

        if (!ApiTokenKindNames.TryParse(kindName, out var kind))
        {
            issues.Add(IdentityIssues.UnknownKind("--kind", kindName ?? string.Empty));
        }

        var scopes = new List<TokenScope>();
        foreach (var scopeName in (scopeList ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TokenScopeNames.TryParse(scopeName, out var scope))
            {
                scopes.Add(scope);
            }
            else
            {
                issues.Add(IdentityIssues.UnknownScope("--scopes", scopeName));
            }
        }

        if (scopes.Count == 0 && issues.Count == 0)
        {
            issues.Add(IdentityIssues.Required("--scopes"));
        }

        var tenant = await new TenantStore(dataSource).FindByCodeAsync(tenantCode!, cancellationToken);
        if (tenant is null)
        {
            issues.Add(TenancyIssues.TenantNotFound("--tenant", tenantCode!));
        }

        if (issues.Count > 0)
        {
            return await CliIssues.PrintAsync(issues, output);
        }

        // Checked above: the tenant exists.
        var issued = await store.CreateAsync(
            tenant!.Id, new NewApiToken(name!.Trim(), kind, scopes.Distinct().ToList(), expires, "cli"), cancellationToken);
        await new AuditLogStore(dataSource).AppendAsync(
            tenant.Id,
            new AuditEntry(0, tenant.Id, "cli", AuditActions.TokenCreate, "token", issued.Token.Id.ToString(), TimeProvider.System.GetUtcNow(), null, null),
            cancellationToken);
        await output.WriteLineAsync(
            $"Created token {issued.Token.Id} ({issued.Token.Prefix}…) for {tenant.Code}. Secret, shown once:");
        await output.WriteLineAsync(issued.Secret.Value);
        return 0;
    }

    private static async Task<int> RevokeAsync(
        string? connection, long id, string? tenantCode, bool platform, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString || !ChoosesOne(tenantCode, platform, output))
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        var store = new ApiTokenStore(dataSource);
        var now = TimeProvider.System.GetUtcNow();
        ApiToken? revoked;
        if (platform)
        {
            revoked = await store.RevokePlatformAsync(new ApiTokenId(id), now, cancellationToken);
        }
        else
        {
            var tenant = await new TenantStore(dataSource).FindByCodeAsync(tenantCode!, cancellationToken);
            if (tenant is null)
            {
                return await CliIssues.PrintAsync([TenancyIssues.TenantNotFound("--tenant", tenantCode!)], output);
            }

            revoked = await store.RevokeAsync(tenant.Id, new ApiTokenId(id), now, cancellationToken);
            if (revoked is not null)
            {
                await new AuditLogStore(dataSource).AppendAsync(
                    tenant.Id,
                    new AuditEntry(0, tenant.Id, "cli", AuditActions.TokenRevoke, "token", revoked.Id.ToString(), now, null, null),
                    cancellationToken);
            }
        }

        if (revoked is null)
        {
            return await CliIssues.PrintAsync([IdentityIssues.TokenNotFound("--id", id)], output);
        }

        await output.WriteLineAsync($"Revoked token {revoked.Id} ({revoked.Prefix}…).");
        return 0;
    }

    private static async Task<int> ListAsync(
        string? connection, string? tenantCode, bool platform, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString || !ChoosesOne(tenantCode, platform, output))
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        var store = new ApiTokenStore(dataSource);
        IReadOnlyList<ApiToken> tokens;
        if (platform)
        {
            tokens = await store.ListPlatformAsync(cancellationToken);
        }
        else
        {
            var tenant = await new TenantStore(dataSource).FindByCodeAsync(tenantCode!, cancellationToken);
            if (tenant is null)
            {
                return await CliIssues.PrintAsync([TenancyIssues.TenantNotFound("--tenant", tenantCode!)], output);
            }

            tokens = await store.ListAsync(tenant.Id, cancellationToken);
        }

        var now = TimeProvider.System.GetUtcNow();
        foreach (var token in tokens)
        {
            var expiry = token.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture) ?? "never";
            await output.WriteLineAsync(string.Join('\t',
                token.Id.ToString(), token.Prefix + "…", token.StatusAt(now).ToString().ToLowerInvariant(),
                string.Join(',', token.Scopes.Select(TokenScopeNames.ToName)), expiry, token.Name));
        }

        return 0;
    }

    private static bool ChoosesOne(string? tenantCode, bool platform, TextWriter output)
    {
        if (string.IsNullOrEmpty(tenantCode) == platform)
        {
            return true;
        }

        output.WriteLine("Give exactly one of --tenant CODE or --platform.");
        return false;
    }
}
