using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// The authentication scheme and the authorisation policies every face uses:
/// <c>group.RequireAuthorization(AccessPolicies.Read)</c>. <see cref="Admin"/> tokens pass every policy.
/// </summary>
public static class AccessPolicies
{
    /// <summary>The scheme of <c>Authorization: Bearer ot_…</c> API tokens.</summary>
    public const string ApiTokenScheme = "ApiToken";

    public const string Read = "scope:read";
    public const string Write = "scope:write";
    public const string Validate = "scope:validate";
    public const string Admin = "scope:admin";

    /// <summary>The policy name of a scope.</summary>
    public static string For(TokenScope scope) => "scope:" + TokenScopeNames.ToName(scope);
}
