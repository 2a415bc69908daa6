namespace OpenTerritoire.Storage.Migrations;

/// <summary>One forward-only migration: <c>NNNN_verb_object.sql</c>, embedded in the Storage assembly.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
