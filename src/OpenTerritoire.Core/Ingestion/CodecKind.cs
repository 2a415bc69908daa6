namespace OpenTerritoire.Core.Ingestion;

/// <summary>Where a device model's codec comes from.</summary>
public enum CodecKind
{
    /// <summary>A byte layout the hub ships, found by the model id.</summary>
    BuiltIn,

    /// <summary>A byte layout (YAML) registered with the model.</summary>
    ByteLayout,

    /// <summary>A vendor's JavaScript <c>decodeUplink</c>, run in the sandbox.</summary>
    JavaScript,

    /// <summary>The network server's own decoding (<c>decoded_payload</c>, <c>object</c>).</summary>
    Network,
}
