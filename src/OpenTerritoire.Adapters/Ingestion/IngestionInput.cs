namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>One message as a transport received it.</summary>
/// <param name="EventType">The event named outside the body (ChirpStack's <c>?event=up</c>).</param>
/// <param name="Source">How it arrived: <c>webhook</c>, <c>file</c>, <c>mqtt</c>, <c>cli</c>.</param>
public sealed record IngestionInput(
    ReadOnlyMemory<byte> Body, string ContentType, string? EventType, DateTimeOffset ReceivedAt, string Source);
