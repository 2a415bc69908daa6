using System.Globalization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>The catalogue of envelope-stage issues: one factory per kind, with a stable code and both texts.</summary>
public static class EnvelopeIssues
{
    public const string EmptyBodyCode = "envelope.empty-body";
    public const string UnsupportedMediaTypeCode = "envelope.unsupported-media-type";
    public const string MalformedJsonCode = "envelope.malformed-json";
    public const string MissingFieldCode = "envelope.missing-field";
    public const string WrongTypeCode = "envelope.wrong-type";
    public const string BadBase64Code = "envelope.bad-base64";
    public const string BadDevEuiCode = "envelope.bad-dev-eui";
    public const string BadTimeCode = "envelope.bad-time";
    public const string UnknownEventCode = "envelope.unknown-event";
    public const string BadJsonPathCode = "envelope.bad-json-path";

    /// <summary>The body has no bytes, or only white space.</summary>
    public static Issue EmptyBody() => Error(
        EmptyBodyCode,
        string.Empty,
        "The message body is empty.",
        "Le corps du message est vide.");

    /// <summary>The content type is not one this reader understands.</summary>
    public static Issue UnsupportedMediaType(string contentType, string expected) => new(
        UnsupportedMediaTypeCode,
        string.Empty,
        IssueSeverity.Error,
        IssueKind.UnsupportedMediaType,
        $"The content type '{contentType}' is not accepted here.",
        $"Le type de contenu « {contentType} » n'est pas accepté ici.")
    {
        Value = contentType,
        Expected = expected,
    };

    /// <summary>The body is not well-formed JSON; the pointer is <c>line:L:col:C</c>, both counted from 1.</summary>
    public static Issue MalformedJson(long line, long column, string detail) => Error(
        MalformedJsonCode,
        string.Create(CultureInfo.InvariantCulture, $"line:{line}:col:{column}"),
        $"The body is not well-formed JSON at line {line}, column {column}: {detail}",
        $"Le corps n'est pas du JSON bien formé à la ligne {line}, colonne {column} : {detail}");

    /// <summary>A field the format requires is absent.</summary>
    public static Issue MissingField(string pointer) => Error(
        MissingFieldCode,
        pointer,
        $"The required field '{pointer}' is missing.",
        $"Le champ obligatoire « {pointer} » est absent.");

    /// <summary>A field is present with the wrong JSON type.</summary>
    public static Issue WrongType(string pointer, string expected, string actual) => Error(
        WrongTypeCode,
        pointer,
        $"The field '{pointer}' must be {expected}, not {actual}.",
        $"Le champ « {pointer} » doit être de type {expected}, pas {actual}.") with
    {
        Value = actual,
        Expected = expected,
    };

    /// <summary>The payload is not valid base64.</summary>
    public static Issue BadBase64(string pointer) => Error(
        BadBase64Code,
        pointer,
        $"The field '{pointer}' is not valid base64.",
        $"Le champ « {pointer} » n'est pas du base64 valide.") with
    {
        Expected = "base64 (RFC 4648)",
    };

    /// <summary>The device EUI is not 16 hexadecimal digits.</summary>
    public static Issue BadDevEui(string pointer, string value) => Error(
        BadDevEuiCode,
        pointer,
        $"'{value}' is not a DevEUI (16 hexadecimal digits).",
        $"« {value} » n'est pas un DevEUI (16 chiffres hexadécimaux).") with
    {
        Value = value,
        Expected = "16 hexadecimal digits",
    };

    /// <summary>A time is not an RFC 3339 date-time with an offset.</summary>
    public static Issue BadTime(string pointer, string value) => Error(
        BadTimeCode,
        pointer,
        $"'{value}' is not an RFC 3339 date-time with an offset.",
        $"« {value} » n'est pas une date-heure RFC 3339 avec décalage.") with
    {
        Value = value,
        Expected = "RFC 3339 date-time",
    };

    /// <summary>The message is of a type this reader does not know.</summary>
    public static Issue UnknownEvent(string pointer, string value, string expected) => Error(
        UnknownEventCode,
        pointer,
        $"The event type '{value}' is not known.",
        $"Le type d'événement « {value} » n'est pas connu.") with
    {
        Value = value,
        Expected = expected,
    };

    /// <summary>A JSONPath in a mapping is outside the supported subset.</summary>
    public static Issue BadJsonPath(string pointer, string path, string detail) => Error(
        BadJsonPathCode,
        pointer,
        $"The JSONPath '{path}' is not supported: {detail}",
        $"Le chemin JSONPath « {path} » n'est pas pris en charge : {detail}") with
    {
        Value = path,
        Expected = "$, .name, ['name'], [n], *",
    };

    private static Issue Error(string code, string pointer, string messageEn, string messageFr) =>
        new(code, pointer, IssueSeverity.Error, IssueKind.Invalid, messageEn, messageFr);
}
