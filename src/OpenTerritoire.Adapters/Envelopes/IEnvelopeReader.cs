using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// Unwraps one carrier format (a network server's webhook, vendor JSON) into an <see cref="Envelope"/>.
/// </summary>
public interface IEnvelopeReader
{
    /// <summary>The feed kind this reader serves.</summary>
    FeedKind Kind { get; }

    /// <summary>Reads a message body; bad input is a failure with positioned issues, never an exception.</summary>
    Result<Envelope> Read(ReadOnlyMemory<byte> body, string? contentType, EnvelopeContext context);
}
