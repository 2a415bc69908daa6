using Microsoft.Extensions.Logging;
using OpenTerritoire.Core.Logging;

namespace OpenTerritoire.Schemas;

/// <summary>Every log message of the schemas project (4xxx, validation).</summary>
internal static partial class SchemasLog
{
    [LoggerMessage(EventId = LogEvents.SchemaRegistryLoaded, Level = LogLevel.Information,
        Message = "Schema registry loaded {Count} schemas from {Directory} in {ElapsedMs} ms")]
    public static partial void RegistryLoaded(ILogger logger, int count, string directory, long elapsedMs);

    [LoggerMessage(EventId = LogEvents.SchemaLoadFailed, Level = LogLevel.Warning,
        Message = "Schema {SchemaId} could not be loaded: {Code}")]
    public static partial void SchemaLoadFailed(ILogger logger, string schemaId, string code);

    [LoggerMessage(EventId = LogEvents.SchemaUsesNJsonSchema, Level = LogLevel.Information,
        Message = "Schema {SchemaId} validates through NJsonSchema; keywords not compiled: {Keywords}")]
    public static partial void SchemaUsesNJsonSchema(ILogger logger, string schemaId, string keywords);

    [LoggerMessage(EventId = LogEvents.SchemaImported, Level = LogLevel.Information,
        Message = "Schema {SchemaId} imported")]
    public static partial void SchemaImported(ILogger logger, string schemaId);

    [LoggerMessage(EventId = LogEvents.DocumentValidated, Level = LogLevel.Debug,
        Message = "Validated {Count} records against {SchemaId}: {Errors} errors in {ElapsedMs} ms")]
    public static partial void DocumentValidated(
        ILogger logger, long count, string schemaId, long errors, double elapsedMs);
}
