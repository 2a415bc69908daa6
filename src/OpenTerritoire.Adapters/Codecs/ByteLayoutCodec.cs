using System.Globalization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Decodes payloads following a <see cref="ByteLayout"/>; built once, safe to share between threads.</summary>
public sealed partial class ByteLayoutCodec : IPayloadCodec
{
    private readonly Dictionary<int, ByteLayoutPort> ports;
    private readonly string knownPorts;

    public ByteLayoutCodec(ByteLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        ports = layout.Ports.ToDictionary(port => port.FPort);
        knownPorts = string.Join(", ", ports.Keys.Order().Select(port => port.ToString(CultureInfo.InvariantCulture)));
    }

    public ByteLayout Layout { get; }

    public Result<DecodedFields> Decode(CodecInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ports.TryGetValue(input.FPort, out var port))
        {
            return Result.Failure<DecodedFields>(CodecIssues.UnknownFPort(input.FPort, knownPorts));
        }

        var bytes = input.Bytes.Span;
        if (port.Length is { } length && bytes.Length != length)
        {
            return Result.Failure<DecodedFields>(CodecIssues.UnexpectedLength(bytes.Length, length));
        }

        var values = new DecodedValues();
        var warnings = new List<string>();
        var issue = DecodeFields(port.Fields, bytes, 0, values, warnings);
        if (issue is null && port.Tlv is { } tlv)
        {
            issue = DecodeTlv(tlv, bytes, port.Fields.Count == 0 ? 0 : port.Fields.Max(Extent), values, warnings);
        }

        if (issue is not null)
        {
            return Result.Failure<DecodedFields>(issue);
        }

        warnings.AddRange(port.Warnings
            .Where(warning => Holds(warning.When, values))
            .Select(warning => warning.Message));
        return Result.Success(DecodedFields.FromObject(values.ToOutput(), warnings));
    }

    /// <summary>The bytes a field needs from the start of its block, repeats included (0 when it reads none).</summary>
    internal static int Extent(ByteLayoutField field)
    {
        if (field.Source != FieldSource.Payload)
        {
            return 0;
        }

        var repeats = (field.Repeat?.Count ?? 1) - 1;
        var offset = field.Offset + (repeats * (field.Repeat?.Stride ?? 0));
        if (field.Bits is { } bits)
        {
            var lastBit = bits.Offset + (repeats * (field.Repeat?.BitStride ?? 0)) + bits.Length;
            return offset + ((lastBit + 7) / 8);
        }

        return offset + PayloadReader.Size(field.Type ?? FieldType.U8, field.Length);
    }

    /// <summary>
    /// The name of the <paramref name="n"/>th repeat of a field (<c>delta_{n}_m3</c> → <c>delta_3_m3</c>).
    /// </summary>
    internal static string RepeatName(string name, int n) =>
        name.Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// True when a field name matches a sum term: the name itself, or a pattern where <c>*</c> is any text.
    /// </summary>
    internal static bool Matches(string pattern, string name)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, name, StringComparison.Ordinal);
        }

        var prefix = pattern[..star];
        var suffix = pattern[(star + 1)..];
        return name.Length >= prefix.Length + suffix.Length
            && name.StartsWith(prefix, StringComparison.Ordinal)
            && name.EndsWith(suffix, StringComparison.Ordinal);
    }

    private static Issue? DecodeTlv(
        ByteLayoutTlv tlv,
        ReadOnlySpan<byte> bytes,
        int start,
        DecodedValues values,
        List<string> warnings)
    {
        var position = start;
        while (position < bytes.Length)
        {
            if (position + tlv.KeyLength > bytes.Length)
            {
                return CodecIssues.PayloadTooShort(bytes.Length, position + tlv.KeyLength);
            }

            var key = Convert.ToHexString(bytes.Slice(position, tlv.KeyLength));
            if (!tlv.Entries.TryGetValue(key, out var entry))
            {
                return CodecIssues.UnknownChannel(position, key);
            }

            var valueStart = position + tlv.KeyLength;
            if (valueStart + entry.Length > bytes.Length)
            {
                return CodecIssues.PayloadTooShort(bytes.Length, valueStart + entry.Length);
            }

            var issue = DecodeFields(entry.Fields, bytes, valueStart, values, warnings);
            if (issue is not null)
            {
                return issue;
            }

            position = valueStart + entry.Length;
        }

        return null;
    }

    private static bool Holds(FieldCondition condition, DecodedValues values)
    {
        if (!values.TryGet(condition.Field, out var value))
        {
            return false;
        }

        return condition.Operator switch
        {
            ConditionOperator.Equals => DecodedValues.AreEqual(value, condition.Operand),
            ConditionOperator.NotEquals => !DecodedValues.AreEqual(value, condition.Operand),
            ConditionOperator.AtLeast => LayoutNodes.ToDecimal(value) >= LayoutNodes.ToDecimal(condition.Operand),
            ConditionOperator.Below => LayoutNodes.ToDecimal(value) < LayoutNodes.ToDecimal(condition.Operand),
            _ => false,
        };
    }
}
