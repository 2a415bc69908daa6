using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Testing;

namespace OpenTerritoire.Schemas.Tests.Reporting;

public sealed class ValidationCodesDocumentTests
{
    [Fact]
    public async Task Render_Catalogue_EqualsTheCheckedInDocument()
    {
        var path = RepositoryRoot.Combine("docs", "validation-codes.md");
        var rendered = ValidationCodesDocument.Render();
        if (Environment.GetEnvironmentVariable("OPENTERRITOIRE_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, rendered);
        }

        Assert.Equal(rendered, await File.ReadAllTextAsync(path));
        Assert.All(ValidationIssues.All, descriptor => Assert.Contains($"`{descriptor.Code}`", rendered, StringComparison.Ordinal));
    }
}
