using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Storage.Registers;

/// <summary>A public record with its publisher's tenant code and its public links only.</summary>
public sealed record PublishedRecord(RegisterRecord Record, string TenantCode, IReadOnlyList<RegisterLink> Links);
