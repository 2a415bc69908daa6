namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>What the transport knows about a message besides its body.</summary>
/// <param name="ReceivedAt">When the hub received the message; used when the body carries no time.</param>
/// <param name="EventType">The event named outside the body, such as ChirpStack's <c>?event=up</c>.</param>
public sealed record EnvelopeContext(DateTimeOffset ReceivedAt, string? EventType = null);
