using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>Validation through NJsonSchema, for schemas with a keyword the compiler does not implement.</summary>
/// <remarks>NJsonSchema knows nothing of <c>x-requiredWhen</c>; the top-level ones are checked here on top.</remarks>
internal sealed class NJsonSchemaFallback
{
    /// <summary>NJsonSchema's own date-time and date checks accept "2026-03-05 04:00:00"; ours follow RFC 3339.</summary>
    private static readonly JsonSchemaValidatorSettings Settings = new()
    {
        FormatValidators = new JsonSchemaValidatorSettings().FormatValidators
            .Where(validator => validator.Format is not ("date-time" or "date"))
            .Append(new Rfc3339FormatValidator("date-time", ValidationErrorKind.DateTimeExpected))
            .Append(new Rfc3339FormatValidator("date", ValidationErrorKind.DateExpected))
            .ToArray(),
    };

    private readonly JsonSchema schema;
    private readonly (string Property, RequiredWhen Condition)[] requiredWhen;

    private NJsonSchemaFallback(JsonSchema schema, (string, RequiredWhen)[] requiredWhen)
    {
        this.schema = schema;
        this.requiredWhen = requiredWhen;
    }

    /// <summary>Loads a schema; <paramref name="documentPath"/> locates relative references (null for imports).</summary>
    public static async Task<Result<NJsonSchemaFallback>> LoadAsync(
        JsonElement root, string? documentPath, string schemasDirectory, CancellationToken cancellationToken)
    {
        try
        {
            var loaded = await JsonSchema.FromJsonAsync(
                root.GetRawText(),
                documentPath,
                schema => new LocalReferenceResolver(
                    new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()), schemasDirectory),
                cancellationToken);
            var conditions = new List<(string, RequiredWhen)>();
            if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Object
                        && property.Value.TryGetProperty("x-requiredWhen", out var condition)
                        && condition.TryGetProperty("pointer", out var pointer)
                        && condition.TryGetProperty("equals", out var equals))
                    {
                        conditions.Add((property.Name, new RequiredWhen(pointer.GetString() ?? string.Empty, equals)));
                    }
                }
            }

            return Result.Success(new NJsonSchemaFallback(loaded, conditions.ToArray()));
        }
        catch (Exception exception) when (exception is InvalidOperationException or Newtonsoft.Json.JsonException
                                              or NotSupportedException or IOException or ArgumentException)
        {
            return Result.Failure<NJsonSchemaFallback>(
                ValidationIssues.SchemaLoadFailed.ToIssue(documentPath ?? string.Empty, exception.Message));
        }
    }

    public void Validate(JsonElement record, JsonValidationState state)
    {
        var token = JToken.Parse(record.GetRawText());
        foreach (var error in new NJsonSchema.Validation.JsonSchemaValidator(Settings).Validate(token, schema))
        {
            Report(error, state);
        }

        foreach (var (property, condition) in requiredWhen)
        {
            if (record.ValueKind == JsonValueKind.Object && !record.TryGetProperty(property, out _)
                && condition.Applies(record))
            {
                state.Report(ValidationIssues.SchemaRequired, null, property, childName: property);
            }
        }
    }

    private static void Report(ValidationError error, JsonValidationState state)
    {
        if (error is ChildSchemaValidationError child
            && error.Kind is not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf))
        {
            foreach (var nested in child.Errors.SelectMany(pair => pair.Value))
            {
                Report(nested, state);
            }

            return;
        }

        if (error is MultiTypeValidationError multi && error.Kind == ValidationErrorKind.NoTypeValidates)
        {
            ReportAt(ValidationIssues.SchemaType, error, state);
            return;
        }

        var descriptor = Map(error.Kind);
        if (error.Kind == ValidationErrorKind.NumberTooBig && error.Schema?.ExclusiveMaximum is not null
            && error.Schema.Maximum is null)
        {
            descriptor = ValidationIssues.SchemaExclusiveMaximum;
        }
        else if (error.Kind == ValidationErrorKind.NumberTooSmall && error.Schema?.ExclusiveMinimum is not null
                 && error.Schema.Minimum is null)
        {
            descriptor = ValidationIssues.SchemaExclusiveMinimum;
        }

        ReportAt(descriptor, error, state);
    }

    private static void ReportAt(IssueDescriptor descriptor, ValidationError error, JsonValidationState state)
    {
        var segments = ToSegments(error.Path, error.Kind == ValidationErrorKind.PropertyRequired ? error.Property : null);
        foreach (var segment in segments)
        {
            if (segment.Name is { } name)
            {
                state.Push(name);
            }
            else
            {
                state.Push(segment.Index);
            }
        }

        state.Report(descriptor, null, error.Kind.ToString());
        foreach (var _ in segments)
        {
            state.Pop();
        }
    }

    /// <summary>Reads NJsonSchema's paths (<c>#/risks[0].mitigation</c>) into pointer segments.</summary>
    internal static List<PathSegment> ToSegments(string? path, string? missingProperty)
    {
        var segments = new List<PathSegment>();
        var text = (path ?? "#").TrimStart('#').TrimStart('/');
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '/')
            {
                Flush();
            }
            else if (c == '[')
            {
                Flush();
                var end = text.IndexOf(']', i);
                if (end > i && int.TryParse(text.AsSpan(i + 1, end - i - 1), out var index))
                {
                    segments.Add(new PathSegment(null, index));
                    i = end;
                }
                else
                {
                    current.Append(c);
                }
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        if (missingProperty is not null
            && (segments.Count == 0 || segments[^1].Name != missingProperty))
        {
            segments.Add(new PathSegment(missingProperty, -1));
        }

        return segments;

        void Flush()
        {
            if (current.Length > 0)
            {
                segments.Add(new PathSegment(current.ToString(), -1));
                current.Clear();
            }
        }
    }

    private sealed class Rfc3339FormatValidator(string format, ValidationErrorKind kind) : IFormatValidator
    {
        public string Format => format;

        public ValidationErrorKind ValidationErrorKind => kind;

        public bool IsValid(string value, JTokenType tokenType) =>
            tokenType is not JTokenType.String and not JTokenType.Date
            || (format == "date"
                ? Rfc3339.TryParseDate(value, out _)
                : Rfc3339.TryParseDateTime(value, allowCompactOffset: false, out _));
    }

    private static IssueDescriptor Map(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => ValidationIssues.SchemaRequired,
        ValidationErrorKind.NoAdditionalPropertiesAllowed => ValidationIssues.SchemaAdditionalProperty,
        ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected
            or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected
            or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
            or ValidationErrorKind.NullExpected => ValidationIssues.SchemaType,
        ValidationErrorKind.NotInEnumeration => ValidationIssues.SchemaEnum,
        ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => ValidationIssues.SchemaMaximum,
        ValidationErrorKind.NumberTooSmall => ValidationIssues.SchemaMinimum,
        ValidationErrorKind.StringTooShort => ValidationIssues.SchemaMinLength,
        ValidationErrorKind.StringTooLong => ValidationIssues.SchemaMaxLength,
        ValidationErrorKind.PatternMismatch => ValidationIssues.SchemaPattern,
        ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected or ValidationErrorKind.EmailExpected
            or ValidationErrorKind.UriExpected or ValidationErrorKind.TimeExpected
            or ValidationErrorKind.HostnameExpected or ValidationErrorKind.GuidExpected
            or ValidationErrorKind.UuidExpected or ValidationErrorKind.TimeSpanExpected => ValidationIssues.SchemaFormat,
        ValidationErrorKind.TooFewItems => ValidationIssues.SchemaMinItems,
        ValidationErrorKind.TooManyItems or ValidationErrorKind.TooManyItemsInTuple => ValidationIssues.SchemaMaxItems,
        ValidationErrorKind.ItemsNotUnique => ValidationIssues.SchemaUniqueItems,
        ValidationErrorKind.NotOneOf => ValidationIssues.SchemaOneOf,
        ValidationErrorKind.NotAnyOf => ValidationIssues.SchemaAnyOf,
        _ => ValidationIssues.SchemaOther,
    };
}
