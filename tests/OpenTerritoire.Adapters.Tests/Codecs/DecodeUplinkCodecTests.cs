using System.Diagnostics;
using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;

namespace OpenTerritoire.Adapters.Tests.Codecs;

public sealed class DecodeUplinkCodecTests
{
    private static readonly byte[] ElsysPayload = Convert.FromHexString("0100E202290400270506060308");

    // The machine running the tests is shared and often saturated: tests that are not about time get ample time,
    // and the statement limit stops runaway scripts instead.
    private static readonly DecodeUplinkLimits Ample = DecodeUplinkLimits.Default with
    {
        Timeout = TimeSpan.FromSeconds(30),
        MaxStatements = 1_000_000,
    };

    public static TheoryData<string, string> HostileScripts => new()
    {
        { "infinite-loop.js", CodecIssues.StatementLimitCode },
        { "deep-recursion.js", CodecIssues.RecursionLimitCode },
        { "require-module.js", CodecIssues.ScriptErrorCode },
        { "clr-access.js", CodecIssues.ScriptErrorCode },
        { "import-namespace.js", CodecIssues.ScriptErrorCode },
        { "eval-code.js", CodecIssues.ScriptErrorCode },
        { "function-constructor.js", CodecIssues.ScriptErrorCode },
        { "throws.js", CodecIssues.ScriptErrorCode },
        { "sloppy-global.js", CodecIssues.ScriptErrorCode },
        { "no-decoder.js", CodecIssues.ScriptErrorCode },
        { "returns-number.js", CodecIssues.NotAnObjectCode },
        { "returns-nothing.js", CodecIssues.NotAnObjectCode },
        { "data-not-object.js", CodecIssues.NotAnObjectCode },
    };

    [Fact]
    public void Decode_ElsysScript_ReturnsTheVendorFields()
    {
        var codec = Load("elsys-ers-co2.js");

        var result = codec.Decode(new CodecInput(1, ElsysPayload));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(
            """{"temperature":22.6,"humidity":41,"light":39,"motion":6,"co2":776}""",
            result.Value.Data.GetRawText());
        Assert.Empty(result.Value.Warnings);
    }

    [Fact]
    public void Decode_ScriptWarns_KeepsTheWarnings()
    {
        var codec = Load("elsys-ers-co2.js");

        var result = codec.Decode(new CodecInput(1, new byte[] { 6, 31, 64 }));

        Assert.True(result.IsSuccess);
        Assert.Equal(["co2 above sensor range"], result.Value.Warnings);
    }

    [Theory]
    [MemberData(nameof(HostileScripts))]
    public void Decode_HostileScript_IsContained(string script, string code)
    {
        var codec = Load(script);

        var result = codec.Decode(new CodecInput(1, ElsysPayload));

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(code, issue.Code);
    }

    [Fact]
    public void Decode_InfiniteLoop_StopsNearTheTimeout()
    {
        var codec = Load("infinite-loop.js", DecodeUplinkLimits.Default with { MaxStatements = int.MaxValue });
        var stopwatch = Stopwatch.StartNew();

        var result = codec.Decode(new CodecInput(1, ElsysPayload));

        Assert.Equal(CodecIssues.TimeoutCode, Assert.Single(result.Issues).Code);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Decode_HugeAllocation_ReturnsMemoryLimit()
    {
        var codec = Load("huge-allocation.js");

        var result = codec.Decode(new CodecInput(1, ElsysPayload));

        Assert.Equal(CodecIssues.MemoryLimitCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Decode_LoopUnderStatementLimit_ReturnsStatementLimit()
    {
        var codec = Load("infinite-loop.js", Ample with { MaxStatements = 1_000 });

        var result = codec.Decode(new CodecInput(1, ElsysPayload));

        Assert.Equal(CodecIssues.StatementLimitCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Decode_ScriptReturnsErrors_ReturnsOneDecoderErrorPerMessage()
    {
        var codec = Load("decoder-errors.js");

        var result = codec.Decode(new CodecInput(7, ElsysPayload));

        Assert.False(result.IsSuccess);
        Assert.Equal(
            [(CodecIssues.DecoderErrorsCode, "/errors/0", "unsupported port 7"),
                (CodecIssues.DecoderErrorsCode, "/errors/1", "payload too short")],
            result.Issues.Select(issue => (issue.Code, issue.Pointer, issue.Value)));
    }

    [Fact]
    public void Create_SyntaxError_ReturnsScriptError()
    {
        var result = DecodeUplinkCodec.Create(TestData.ReadText("Vectors/Scripts/syntax-error.js"));

        Assert.False(result.IsSuccess);
        Assert.Equal(CodecIssues.ScriptErrorCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Decode_CalledTwice_SharesNoStateBetweenCalls()
    {
        var codec = Load("state-between-calls.js");
        var receivedAt = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

        var first = codec.Decode(new CodecInput(1, Array.Empty<byte>(), receivedAt));
        var second = codec.Decode(new CodecInput(1, Array.Empty<byte>()));

        Assert.Equal("""{"calls":1,"recvTime":"2026-03-01T08:30:00.000Z"}""", first.Value.Data.GetRawText());
        Assert.Equal("""{"calls":1,"recvTime":null}""", second.Value.Data.GetRawText());
    }

    [Fact]
    public void Decode_ManyThreadsAtOnce_EachGetsItsOwnResult()
    {
        var codec = Load("elsys-ers-co2.js");

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => codec.Decode(new CodecInput(1, new byte[] { 2, (byte)i })))
            .Select(result => result.Value.Data.GetProperty("humidity").GetInt32())
            .Order()
            .ToList();

        Assert.Equal(Enumerable.Range(0, 64), results);
    }

    [Fact]
    public void Verify_VendorExamplesPass_ReturnsTheCodec()
    {
        var codec = Load("elsys-ers-co2.js");
        var examples = Examples("elsys-ers-co2.examples.json");

        var result = CodecRegistration.Verify(codec, examples);

        Assert.Equal(4, examples.Count);
        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Same(codec, result.Value);
    }

    [Fact]
    public void Verify_SomeExamplesFail_ListsEachFailingExample()
    {
        var codec = Load("elsys-ers-co2.js");

        var result = CodecRegistration.Verify(codec, Examples("elsys-ers-co2.wrong-examples.json"));

        Assert.False(result.IsSuccess);
        Assert.All(result.Issues, issue => Assert.Equal(CodecIssues.ExampleFailedCode, issue.Code));
        Assert.Equal(["/examples/1", "/examples/2", "/examples/3"], result.Issues.Select(issue => issue.Pointer));
        Assert.Equal(
            ["Wrong CO2 value", "Missing field", "Expects an error the codec does not raise"],
            result.Issues.Select(issue => issue.Value));
    }

    [Fact]
    public void Verify_ByteLayoutCodecAgainstTheSameExamples_Passes()
    {
        var codec = CodecCatalogue.BuiltIn().Find("elsys/ers-co2")!;
        var examples = Examples("elsys-ers-co2.examples.json").Where(example => example.Errors.IsEmpty
            && example.Warnings.IsEmpty).ToList();

        var result = CodecRegistration.Verify(codec, examples);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
    }

    private static DecodeUplinkCodec Load(string script, DecodeUplinkLimits? limits = null)
    {
        var result = DecodeUplinkCodec.Create(TestData.ReadText("Vectors/Scripts/" + script), limits ?? Ample);
        Assert.True(result.IsSuccess, ResultText.Describe(result));
        return result.Value;
    }

    private static IReadOnlyList<CodecExample> Examples(string file)
    {
        using var document = JsonDocument.Parse(TestData.ReadText("Vectors/Scripts/" + file));
        var result = CodecExample.ListFromJson(document.RootElement);
        Assert.True(result.IsSuccess, ResultText.Describe(result));
        return result.Value;
    }
}
