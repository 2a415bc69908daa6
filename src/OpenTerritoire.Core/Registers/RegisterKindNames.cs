namespace OpenTerritoire.Core.Registers;

/// <summary>The database, URL and schema names of <see cref="RegisterKind"/>.</summary>
public static class RegisterKindNames
{
    /// <summary>The name stored in PostgreSQL (<c>sensor</c>, <c>algorithm</c>).</summary>
    public static string ToName(RegisterKind kind) => kind switch
    {
        RegisterKind.Sensor => "sensor",
        RegisterKind.Algorithm => "algorithm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The plural used in URLs (<c>sensors</c>, <c>algorithms</c>).</summary>
    public static string ToPathSegment(RegisterKind kind) => ToName(kind) + "s";

    /// <summary>The transparency schema a record of this kind is validated against.</summary>
    public static string SchemaId(RegisterKind kind) => ToName(kind) + "-record";

    public static bool TryParse(string? name, out RegisterKind kind)
    {
        kind = name switch
        {
            "sensor" => RegisterKind.Sensor,
            "algorithm" => RegisterKind.Algorithm,
            _ => (RegisterKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    /// <summary>Reads the URL plural (<c>sensors</c>, <c>algorithms</c>).</summary>
    public static bool TryParsePathSegment(string? segment, out RegisterKind kind) =>
        TryParse(segment is { Length: > 1 } && segment.EndsWith('s') ? segment[..^1] : null, out kind);
}
