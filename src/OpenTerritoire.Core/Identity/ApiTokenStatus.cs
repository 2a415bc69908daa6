namespace OpenTerritoire.Core.Identity;

/// <summary>Whether an API token may be used now.</summary>
public enum ApiTokenStatus
{
    Active,
    Expired,
    Revoked,
}
