using OpenTerritoire.Schemas.Inputs;

namespace OpenTerritoire.Api.Validation;

/// <summary>What to validate, and the schema document sent with it when the caller brings its own.</summary>
internal sealed record ValidationInput(Stream Content, MediaType MediaType, string? SchemaDocument);
