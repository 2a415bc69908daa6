using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A quarantined message as a DSI sees it: when, what, and why (its report).</summary>
public sealed record QuarantinedMessage(
    long RawMessageId, DateTimeOffset ReceivedAt, string Source, string ContentType, int Bytes, JsonElement? Report)
{
    public static QuarantinedMessage Of(RawMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Id.Value, message.ReceivedAt, message.Source, message.ContentType, message.Payload.Length, message.Report);
    }
}
