namespace OpenTerritoire.Core.Registers;

/// <summary>Filters of the public registers; null means "any".</summary>
/// <param name="Status">The document's own <c>status</c> (<c>active</c>, <c>in-use</c>…).</param>
/// <param name="TenantCode">The publishing tenant's code.</param>
/// <param name="BoundingBox">West, south, east, north in WGS 84; records without a position are left out.</param>
public sealed record PublicRegisterFilter(
    string? Theme,
    bool? PersonalData,
    string? Status,
    string? TenantCode,
    IReadOnlyList<double>? BoundingBox)
{
    public static readonly PublicRegisterFilter Any = new(null, null, null, null, null);
}
