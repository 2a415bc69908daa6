using System.Text.Json;

namespace OpenTerritoire.Core.Registers;

/// <summary>One version of a record: versions are append-only, the history is never rewritten.</summary>
/// <param name="Author">Who wrote it (the token's actor), never a personal e-mail address.</param>
public sealed record RegisterRecordVersion(
    RegisterRecordId RecordId,
    int Version,
    JsonElement Document,
    string SchemaVersion,
    string Author,
    DateTimeOffset CreatedAt);
