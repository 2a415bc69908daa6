namespace OpenTerritoire.Adapters.Codecs;

/// <summary>How payload bytes are read into a value.</summary>
public enum FieldType
{
    U8,
    U16,
    U24,
    U32,
    I8,
    I16,
    I24,
    I32,
    F32,
    Bool,
    Hex,
    Ascii,
}
