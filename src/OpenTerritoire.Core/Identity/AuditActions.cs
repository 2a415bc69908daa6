namespace OpenTerritoire.Core.Identity;

/// <summary>The action names of the audit log; stable, since exports and alerts filter on them.</summary>
public static class AuditActions
{
    public const string TenantCreate = "tenant.create";
    public const string TokenCreate = "token.create";
    public const string TokenRevoke = "token.revoke";
    public const string SharingAgreementCreate = "sharing-agreement.create";
}
