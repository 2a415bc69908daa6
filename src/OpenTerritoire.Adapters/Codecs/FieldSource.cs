namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Where a field's value comes from before its transforms.</summary>
public enum FieldSource
{
    /// <summary>Bytes or bits of the payload.</summary>
    Payload,

    /// <summary>A constant written in the layout (<c>type: parking_status</c>).</summary>
    Constant,

    /// <summary>The value of an earlier field.</summary>
    Field,

    /// <summary>The sum of earlier numeric fields, by name or pattern.</summary>
    Sum,

    /// <summary>A text built from earlier fields (<c>"{major}.{minor}.{patch}"</c>).</summary>
    Template,

    /// <summary>The payload's length in bytes.</summary>
    PayloadLength,
}
