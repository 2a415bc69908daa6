using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// One output field: where its value comes from, then its transforms in this order — mask/equals, scale and add,
/// piecewise, lookup, timestamp — and whether it is kept in the output or only used by later fields.
/// </summary>
public sealed record ByteLayoutField(string Name, FieldSource Source)
{
    public int Offset { get; init; }

    public FieldType? Type { get; init; }

    /// <summary>Bytes read for <c>hex</c> and <c>ascii</c>.</summary>
    public int Length { get; init; }

    public bool LittleEndian { get; init; }

    public BitRange? Bits { get; init; }

    public FieldRepeat? Repeat { get; init; }

    /// <summary>The constant, for <see cref="FieldSource.Constant"/>.</summary>
    public JsonNode? Constant { get; init; }

    /// <summary>The field copied, for <see cref="FieldSource.Field"/>.</summary>
    public string? From { get; init; }

    /// <summary>Names or patterns with <c>*</c> of the fields added, for <see cref="FieldSource.Sum"/>.</summary>
    public ImmutableArray<string> Sum { get; init; } = [];

    /// <summary>The text with <c>{field}</c> placeholders, for <see cref="FieldSource.Template"/>.</summary>
    public string? Template { get; init; }

    /// <summary>
    /// ANDed with the integer value; with <see cref="EqualsValue"/>, the field becomes a boolean test.
    /// </summary>
    public long? Mask { get; init; }

    public long? EqualsValue { get; init; }

    public decimal? Scale { get; init; }

    public decimal? Add { get; init; }

    public ImmutableArray<PiecewiseSegment> Piecewise { get; init; } = [];

    /// <summary>
    /// Named values by integer (<c>{"2": "power_on"}</c>); a value with no name becomes null, with a warning.
    /// </summary>
    public ImmutableDictionary<string, JsonNode?>? Lookup { get; init; }

    /// <summary>Turns Unix seconds (<c>unix-seconds</c>) or milliseconds into an ISO 8601 UTC text.</summary>
    public string? Timestamp { get; init; }

    /// <summary>The value this format must hold here (a frame version), checked after transforms.</summary>
    public JsonNode? Expect { get; init; }

    public bool Hidden { get; init; }

    public FieldCondition? When { get; init; }

    /// <summary>True when <see cref="Otherwise"/> is output when <see cref="When"/> does not hold.</summary>
    public bool HasOtherwise { get; init; }

    public JsonNode? Otherwise { get; init; }
}
