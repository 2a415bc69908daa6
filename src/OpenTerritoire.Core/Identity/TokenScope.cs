namespace OpenTerritoire.Core.Identity;

/// <summary>What an API token may do. <see cref="Admin"/> implies every other scope.</summary>
public enum TokenScope
{
    /// <summary>Read the tenant's private data.</summary>
    Read,

    /// <summary>Create and change data (ingestion, registers).</summary>
    Write,

    /// <summary>Use the validation services.</summary>
    Validate,

    /// <summary>Administer the tenant and its members: tenants, tokens, audit, sharing agreements.</summary>
    Admin,
}
