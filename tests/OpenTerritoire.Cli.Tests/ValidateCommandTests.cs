using OpenTerritoire.Testing;

namespace OpenTerritoire.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static readonly string Examples = RepositoryRoot.Combine("schemas", "operators", "water-consumption-per-meter", "examples");

    [Fact]
    public async Task Validate_ValidCsv_ExitsZero()
    {
        var (exit, output) = await RunAsync("validate", Path.Combine(Examples, "valid", "excel-fr.csv"), "--schema", "water-consumption-per-meter");

        Assert.Equal(0, exit);
        Assert.Contains("VALIDE", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_InvalidCsv_ExitsOneAndNamesTheCode()
    {
        var (exit, output) = await RunAsync(
            "validate", Path.Combine(Examples, "invalid", "missing-reading-type-column.csv"), "--schema", "water-consumption-per-meter@1.0.0", "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("table.missing-column", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "\"valid\":false")]
    [InlineData("junit", "<testsuite")]
    [InlineData("html", "<html")]
    public async Task Validate_Formats_RenderTheReport(string format, string marker)
    {
        var (exit, output) = await RunAsync(
            "validate", Path.Combine(Examples, "invalid", "volume-not-a-number.csv"), "--schema", "water-consumption-per-meter", "--format", format);

        Assert.Equal(1, exit);
        Assert.Contains(marker, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "no-such-file.csv", "--schema", "water-consumption-per-meter")]
    [InlineData("validate", "SCHEMA_FILE", "--schema", "no-such-schema")]
    [InlineData("validate", "SCHEMA_FILE", "--schema", "water-consumption-per-meter", "--format", "pdf")]
    [InlineData("validate", "SCHEMA_FILE")]
    public async Task Validate_UsageError_ExitsTwo(params string[] args)
    {
        var file = Path.Combine(Examples, "valid", "excel-fr.csv");

        var (exit, _) = await RunAsync(args.Select(arg => arg == "SCHEMA_FILE" ? file : arg).ToArray());

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Validate_SchemaFile_ValidatesAgainstTheGivenTableSchema()
    {
        var data = RepositoryRoot.Combine("tests", "OpenTerritoire.Api.Tests", "Validation", "Data");

        var (exit, output) = await RunAsync(
            "validate", Path.Combine(data, "bornes-avec-erreurs.csv"), "--schema-file", Path.Combine(data, "bornes-recharge.schema.json"), "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("table.siren-checksum", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SchemaAndSchemaFile_ExitsTwo()
    {
        var (exit, _) = await RunAsync(
            "validate", Path.Combine(Examples, "valid", "excel-fr.csv"), "--schema", "water-consumption-per-meter", "--schema-file", "x.json");

        Assert.Equal(2, exit);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output + error.ToString());
    }
}
