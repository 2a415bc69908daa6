using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage;

/// <summary>Refuses, as a bug, an entity handed to a store under another tenant than the one it belongs to.</summary>
internal static class TenantGuard
{
    public static void EnsureSame(TenantId scope, TenantId owner)
    {
        if (scope != owner)
        {
            throw new ArgumentException($"An entity of tenant {owner} was written under tenant {scope}.", nameof(owner));
        }
    }
}
