using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Turns an uplink's bytes into the vendor's named fields.</summary>
public interface IPayloadCodec
{
    /// <summary>Decodes one payload; bad bytes are a failure with positioned issues, never an exception.</summary>
    Result<DecodedFields> Decode(CodecInput input);
}
