using System.Globalization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>The catalogue of codec-stage issues: one factory per kind, with a stable code and both texts.</summary>
public static class CodecIssues
{
    public const string PayloadTooShortCode = "codec.payload-too-short";
    public const string UnexpectedLengthCode = "codec.unexpected-length";
    public const string UnexpectedValueCode = "codec.unexpected-value";
    public const string UnknownFPortCode = "codec.unknown-fport";
    public const string UnknownChannelCode = "codec.unknown-channel";
    public const string BadLayoutCode = "codec.bad-layout";
    public const string ScriptErrorCode = "codec.script-error";
    public const string TimeoutCode = "codec.timeout";
    public const string StatementLimitCode = "codec.statement-limit";
    public const string RecursionLimitCode = "codec.recursion-limit";
    public const string MemoryLimitCode = "codec.memory-limit";
    public const string DecoderErrorsCode = "codec.decoder-errors";
    public const string NotAnObjectCode = "codec.not-an-object";
    public const string ExampleFailedCode = "codec.example-failed";
    public const string BadExampleCode = "codec.bad-example";
    public const string NoNetworkDecodedCode = "codec.no-network-decoded";

    /// <summary>The payload ends before a field; the pointer is the first missing byte.</summary>
    public static Issue PayloadTooShort(int length, int needed) => Error(
        PayloadTooShortCode,
        Byte(length),
        $"The payload has {length} bytes; the layout needs at least {needed}.",
        $"La charge utile fait {length} octets ; le format en exige au moins {needed}.") with
    {
        Value = length.ToString(CultureInfo.InvariantCulture),
        Expected = string.Create(CultureInfo.InvariantCulture, $"at least {needed} bytes"),
    };

    /// <summary>The payload does not have the exact length its format has.</summary>
    public static Issue UnexpectedLength(int length, int expected) => Error(
        UnexpectedLengthCode,
        Byte(Math.Min(length, expected)),
        $"The payload has {length} bytes; this format has exactly {expected}.",
        $"La charge utile fait {length} octets ; ce format en compte exactement {expected}.") with
    {
        Value = length.ToString(CultureInfo.InvariantCulture),
        Expected = expected.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A field that identifies the format (a version byte, a header) does not hold the expected value.
    /// </summary>
    public static Issue UnexpectedValue(int offset, string field, string value, string expected) => Error(
        UnexpectedValueCode,
        Byte(offset),
        $"The field '{field}' is {value}; this format has {expected}.",
        $"Le champ « {field} » vaut {value} ; ce format attend {expected}.") with
    {
        Value = value,
        Expected = expected,
    };

    /// <summary>The codec has no format for this LoRaWAN port.</summary>
    public static Issue UnknownFPort(int fPort, string known) => Error(
        UnknownFPortCode,
        "fPort",
        $"The codec does not decode port {fPort}.",
        $"Le codec ne décode pas le port {fPort}.") with
    {
        Value = fPort.ToString(CultureInfo.InvariantCulture),
        Expected = known,
    };

    /// <summary>A channel/type pair in a TLV stream that the layout does not describe.</summary>
    public static Issue UnknownChannel(int offset, string key) => Error(
        UnknownChannelCode,
        Byte(offset),
        $"The channel 0x{key} at byte {offset} is not known; the rest of the payload cannot be read.",
        $"Le canal 0x{key} à l'octet {offset} n'est pas connu ; la suite de la charge utile est illisible.") with
    {
        Value = key,
    };

    /// <summary>A byte layout that cannot be used; the pointer is a JSON Pointer into the layout.</summary>
    public static Issue BadLayout(string pointer, string detail) => Error(
        BadLayoutCode,
        pointer,
        $"The byte layout is not valid at '{pointer}': {detail}",
        $"Le format d'octets n'est pas valide en « {pointer} » : {detail}");

    /// <summary>The vendor script failed to compile, threw, or broke the sandbox's rules.</summary>
    public static Issue ScriptError(string detail) => Error(
        ScriptErrorCode,
        "script",
        $"The codec script failed: {detail}",
        $"Le script du codec a échoué : {detail}");

    public static Issue Timeout(TimeSpan limit) => Error(
        TimeoutCode,
        "script",
        $"The codec script ran longer than {limit.TotalMilliseconds} ms.",
        $"Le script du codec a dépassé {limit.TotalMilliseconds} ms.");

    public static Issue StatementLimit(int limit) => Error(
        StatementLimitCode,
        "script",
        $"The codec script ran more than {limit} statements.",
        $"Le script du codec a exécuté plus de {limit} instructions.");

    public static Issue RecursionLimit(int limit) => Error(
        RecursionLimitCode,
        "script",
        $"The codec script nested calls deeper than {limit}.",
        $"Le script du codec a imbriqué plus de {limit} appels.");

    public static Issue MemoryLimit(long limit) => Error(
        MemoryLimitCode,
        "script",
        $"The codec script allocated more than {limit} bytes.",
        $"Le script du codec a alloué plus de {limit} octets.");

    /// <summary>One error the vendor codec itself returned in its <c>errors</c> array.</summary>
    public static Issue DecoderError(int index, string message) => Error(
        DecoderErrorsCode,
        string.Create(CultureInfo.InvariantCulture, $"/errors/{index}"),
        $"The codec refused the payload: {message}",
        $"Le codec a refusé la charge utile : {message}") with
    {
        Value = message,
    };

    /// <summary>The codec returned something other than an object with a <c>data</c> object.</summary>
    public static Issue NotAnObject(string pointer, string actual) => Error(
        NotAnObjectCode,
        pointer,
        $"The codec returned {actual} where an object was expected.",
        $"Le codec a renvoyé {actual} au lieu d'un objet.") with
    {
        Value = actual,
        Expected = "an object",
    };

    /// <summary>A vendor example the codec does not reproduce.</summary>
    public static Issue ExampleFailed(int index, string description, string detail) => Error(
        ExampleFailedCode,
        string.Create(CultureInfo.InvariantCulture, $"/examples/{index}"),
        $"The example '{description}' fails: {detail}",
        $"L'exemple « {description} » échoue : {detail}") with
    {
        Value = description,
    };

    /// <summary>An example that is not in the device repository form.</summary>
    public static Issue BadExample(string pointer, string detail) => Error(
        BadExampleCode,
        pointer,
        $"The codec example is not valid at '{pointer}': {detail}",
        $"L'exemple de codec n'est pas valide en « {pointer} » : {detail}");

    /// <summary>The feed trusts the network server's decoding, but the uplink carries none.</summary>
    public static Issue NoNetworkDecoded() => Error(
        NoNetworkDecodedCode,
        "decoded_payload",
        "The network server sent no decoded payload for this uplink.",
        "Le serveur réseau n'a pas transmis de charge utile décodée pour cette remontée.");

    private static string Byte(int offset) => string.Create(CultureInfo.InvariantCulture, $"byte:{offset}");

    private static Issue Error(string code, string pointer, string messageEn, string messageFr) =>
        new(code, pointer, IssueSeverity.Error, IssueKind.Invalid, messageEn, messageFr);
}
