using System.Text.RegularExpressions;

namespace OpenTerritoire.Core.Tenancy;

/// <summary>Checks a tenant to create, wherever it comes from (the API or the CLI), naming each bad field.</summary>
public static partial class TenantRules
{
    private const int MaximumNameLength = 200;

    /// <summary>
    /// A new tenant from raw fields; <paramref name="parent"/> is the tenant it becomes a member of, already found
    /// and checked visible by the caller. Pointers are JSON Pointers into the request body.
    /// </summary>
    public static Result<Tenant> Validate(Tenant? parent, string? kind, string? code, string? name, string? siren)
    {
        var issues = new List<Issue>();
        TenantKind parsedKind = default;
        if (string.IsNullOrWhiteSpace(kind))
        {
            issues.Add(TenancyIssues.Required("/kind"));
        }
        else if (!TenantKindNames.TryParse(kind, out parsedKind))
        {
            issues.Add(TenancyIssues.InvalidKind("/kind", kind));
        }
        else if (parent is not null && !TenantHierarchy.CanContain(parent.Kind, parsedKind))
        {
            issues.Add(TenancyIssues.KindNotAllowedUnderParent("/kind", parsedKind, parent.Kind));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            issues.Add(TenancyIssues.Required("/code"));
        }
        else if (!CodePattern().IsMatch(code))
        {
            issues.Add(TenancyIssues.InvalidCode("/code", code));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Add(TenancyIssues.Required("/name"));
        }
        else if (name.Length > MaximumNameLength)
        {
            issues.Add(TenancyIssues.TooLong("/name", MaximumNameLength));
        }

        if (siren is not null && !SirenPattern().IsMatch(siren))
        {
            issues.Add(TenancyIssues.InvalidSiren("/siren", siren));
        }

        return issues.Count > 0
            ? Result.Failure<Tenant>(issues)
            : Result.Success(new Tenant(
                default, parent?.Id, parsedKind, code!, name!.Trim(), siren, null, DateTimeOffset.UnixEpoch));
    }

    /// <summary>True for a well-formed tenant code (the <c>tenants.code</c> CHECK constraint).</summary>
    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex SirenPattern();
}
