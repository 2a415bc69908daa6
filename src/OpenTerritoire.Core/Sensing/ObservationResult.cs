using System.Globalization;
using System.Text.Json;

namespace OpenTerritoire.Core.Sensing;

/// <summary>The result of an observation: a number, a boolean, a text, any JSON value, or null.</summary>
/// <remarks>
/// Every result also has a string form, stored beside the typed value so that comparing a result with a string
/// literal works as SensorThings expects (STA 18-088 §9.3.3.5.1: comparisons follow the literal's type).
/// </remarks>
public sealed record ObservationResult
{
    private ObservationResult(ObservationResultKind kind, double? number, bool? boolean, string? text, JsonElement? json)
    {
        Kind = kind;
        Number = number;
        Boolean = boolean;
        Text = text;
        Json = json;
    }

    /// <summary>The null result.</summary>
    public static ObservationResult Null { get; } = new(ObservationResultKind.Null, null, null, null, null);

    public ObservationResultKind Kind { get; }

    public double? Number { get; }

    public bool? Boolean { get; }

    public string? Text { get; }

    /// <summary>An object or array result (scalars use the typed forms).</summary>
    public JsonElement? Json { get; }

    public static ObservationResult FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A result must be a finite number.");
        }

        return new(ObservationResultKind.Number, value, null, null, null);
    }

    public static ObservationResult FromBoolean(bool value) => new(ObservationResultKind.Boolean, null, value, null, null);

    public static ObservationResult FromText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ObservationResultKind.Text, null, null, value, null);
    }

    /// <summary>From any JSON value: numbers, booleans, strings and null get their typed form.</summary>
    public static ObservationResult FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => FromNumber(value.GetDouble()),
        JsonValueKind.True => FromBoolean(true),
        JsonValueKind.False => FromBoolean(false),
        JsonValueKind.String => FromText(value.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => Null,
        _ => new(ObservationResultKind.Json, null, null, null, value.Clone()),
    };

    /// <summary>The string form stored beside the typed value (round-trip format for numbers).</summary>
    public string? ToStringForm() => Kind switch
    {
        ObservationResultKind.Number => Number!.Value.ToString("R", CultureInfo.InvariantCulture),
        ObservationResultKind.Boolean => Boolean!.Value ? "true" : "false",
        ObservationResultKind.Text => Text,
        ObservationResultKind.Json => Json!.Value.GetRawText(),
        _ => null,
    };

    /// <summary>The result as a JSON value, for the wire.</summary>
    public JsonElement ToJsonElement() => Kind switch
    {
        ObservationResultKind.Number => JsonSerializer.SerializeToElement(Number!.Value),
        ObservationResultKind.Boolean => JsonSerializer.SerializeToElement(Boolean!.Value),
        ObservationResultKind.Text => JsonSerializer.SerializeToElement(Text),
        ObservationResultKind.Json => Json!.Value,
        _ => JsonSerializer.SerializeToElement<object?>(null),
    };

    public bool Equals(ObservationResult? other) =>
        other is not null && Kind == other.Kind && ToStringForm() == other.ToStringForm();

    public override int GetHashCode() => HashCode.Combine(Kind, ToStringForm());
}
