using System.Text.Json.Serialization;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Source-generated System.Text.Json metadata for <see cref="ValidationReport"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationReport))]
internal sealed partial class ValidationReportJsonContext : JsonSerializerContext;
