namespace OpenTerritoire.Storage.Registers;

/// <summary>A public record in a lineage chain.</summary>
public sealed record LineageRecord(long Id, string Slug, string Name);
