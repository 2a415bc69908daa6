using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>A payload exactly as received, kept whatever became of it.</summary>
/// <param name="Source">How it arrived: <c>webhook</c>, <c>file</c>, <c>mqtt</c>, <c>cli</c>.</param>
/// <param name="NaturalKey">The network server's message id, or device + frame counter + time, for deduplication.</param>
/// <param name="Report">The validation report, for quarantined messages.</param>
public sealed record RawMessage(
    RawMessageId Id,
    TenantId TenantId,
    FeedId? FeedId,
    DateTimeOffset ReceivedAt,
    string Source,
    string ContentType,
    ReadOnlyMemory<byte> Payload,
    string? NaturalKey,
    RawMessageStatus Status,
    JsonElement? Report);
