using System.Globalization;
using System.Text;
using System.Text.Json;
using Acornima.Ast;
using Jint;
using Jint.Runtime;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// Runs a vendor codec written for The Things Network device repository
/// (<c>function decodeUplink(input) { return { data, warnings, errors }; }</c>) in a Jint sandbox: strict mode, no
/// CLR access, no <c>eval</c>, no modules, and per-call limits on time, memory, statements and recursion.
/// </summary>
/// <remarks>
/// The script is parsed once; each call gets a fresh engine, so calls share no state and may run in parallel.
/// Input and output cross the boundary as JSON text only, so no CLR object is ever visible to the script.
/// </remarks>
public sealed class DecodeUplinkCodec : IPayloadCodec
{
    private const string BridgeFunction = "__openTerritoireDecode";

    // Parses the input inside the sandbox and serialises the result there, so the host only handles JSON text.
    private const string BridgeSource = """
        function __openTerritoireDecode(inputJson) {
          'use strict';
          if (typeof decodeUplink !== 'function') {
            throw new TypeError('the script defines no decodeUplink function');
          }
          var result = decodeUplink(JSON.parse(inputJson));
          return JSON.stringify(result === undefined ? null : result);
        }
        """;

    // Exercises the interpreter once, unlimited, so that JIT compilation is not charged to a vendor's first call.
    private const string WarmUpSource = """
        function decodeUplink(input) {
          var data = { sum: 0, text: '' };
          for (var i = 0; i < input.bytes.length; i++) {
            data.sum += (input.bytes[i] << 8) | (input.bytes[i] >> 2);
            data.text += input.bytes[i].toString(16);
          }
          return { data: data, warnings: [], errors: [] };
        }
        """;

    private static readonly Prepared<Script> Bridge = Engine.PrepareScript(BridgeSource, "bridge.js", strict: true);

    private static readonly Lazy<bool> WarmedUp = new(WarmUp);

    private readonly Prepared<Script> script;

    private DecodeUplinkCodec(Prepared<Script> script, DecodeUplinkLimits limits)
    {
        this.script = script;
        Limits = limits;
    }

    public DecodeUplinkLimits Limits { get; }

    /// <summary>Parses a vendor script once; a syntax error is a <c>codec.script-error</c>.</summary>
    public static Result<DecodeUplinkCodec> Create(string source, DecodeUplinkLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _ = WarmedUp.Value;
        try
        {
            var prepared = Engine.PrepareScript(source, "codec.js", strict: true);
            return Result.Success(new DecodeUplinkCodec(prepared, limits ?? DecodeUplinkLimits.Default));
        }
        catch (Exception exception) when (exception is ScriptPreparationException or Acornima.ParseErrorException)
        {
            return Result.Failure<DecodeUplinkCodec>(CodecIssues.ScriptError(exception.Message));
        }
    }

    public Result<DecodedFields> Decode(CodecInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? output;
        using var deadline = new CancellationTokenSource(Limits.Timeout);
        using var engine = new Engine(options =>
        {
            options.Strict = true;
            options.Interop.Enabled = false;
            options.Culture = CultureInfo.InvariantCulture;
            options.TimeZone = TimeZoneInfo.Utc;
            options.DisableStringCompilation();
            options.TimeoutInterval(Limits.Timeout);
            options.CancellationToken(deadline.Token);
            options.LimitMemory(Limits.MemoryBytes);
            options.MaxStatements(Limits.MaxStatements);
            options.LimitRecursion(Limits.MaxRecursion);
        });
        try
        {
            engine.Execute(in script);
            engine.Execute(in Bridge);
            output = engine.Invoke(BridgeFunction, InputJson(input)).AsString();
        }
        catch (TimeoutException)
        {
            return Result.Failure<DecodedFields>(CodecIssues.Timeout(Limits.Timeout));
        }
        catch (ExecutionCanceledException)
        {
            return Result.Failure<DecodedFields>(CodecIssues.Timeout(Limits.Timeout));
        }
        catch (MemoryLimitExceededException)
        {
            return Result.Failure<DecodedFields>(CodecIssues.MemoryLimit(Limits.MemoryBytes));
        }
        catch (StatementsCountOverflowException)
        {
            return Result.Failure<DecodedFields>(CodecIssues.StatementLimit(Limits.MaxStatements));
        }
        catch (RecursionDepthOverflowException)
        {
            return Result.Failure<DecodedFields>(CodecIssues.RecursionLimit(Limits.MaxRecursion));
        }
        catch (JavaScriptException exception)
        {
            return Result.Failure<DecodedFields>(CodecIssues.ScriptError(exception.Message));
        }
        catch (JintException exception)
        {
            return Result.Failure<DecodedFields>(CodecIssues.ScriptError(exception.Message));
        }

        return ReadOutput(output);
    }

    private static bool WarmUp()
    {
        using var engine = new Engine(options =>
        {
            options.Strict = true;
            options.Interop.Enabled = false;
        });
        engine.Execute(WarmUpSource);
        engine.Execute(in Bridge);
        engine.Invoke(BridgeFunction, """{"bytes":[1,2,3,250],"fPort":1}""");
        return true;
    }

    /// <summary>Turns the codec's <c>{data, warnings, errors}</c> into decoded fields or decoder errors.</summary>
    internal static Result<DecodedFields> ReadOutput(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<DecodedFields>(CodecIssues.NotAnObject(string.Empty, Kind(root)));
        }

        var errors = Texts(root, "errors");
        if (errors.Count > 0)
        {
            return Result.Failure<DecodedFields>(
                errors.Select((message, index) => CodecIssues.DecoderError(index, message)));
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            var actual = root.TryGetProperty("data", out var found) ? Kind(found) : "nothing";
            return Result.Failure<DecodedFields>(CodecIssues.NotAnObject("/data", actual));
        }

        return Result.Success(new DecodedFields(data.Clone(), Texts(root, "warnings")));
    }

    private static List<string> Texts(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
                .Select(item => item.ValueKind == JsonValueKind.String
                    ? item.GetString()! // a string element never reads as null
                    : item.GetRawText())
                .ToList()
            : [];

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string InputJson(CodecInput input)
    {
        var text = new StringBuilder("{\"bytes\":[");
        var bytes = input.Bytes.Span;
        for (var i = 0; i < bytes.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(bytes[i].ToString(CultureInfo.InvariantCulture));
        }

        text.Append("],\"fPort\":").Append(input.FPort.ToString(CultureInfo.InvariantCulture));
        if (input.ReceivedAt is { } receivedAt)
        {
            text.Append(",\"recvTime\":\"")
                .Append(receivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
                .Append('"');
        }

        return text.Append('}').ToString();
    }
}
