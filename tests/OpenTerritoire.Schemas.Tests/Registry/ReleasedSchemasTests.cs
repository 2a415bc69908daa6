using System.Security.Cryptography;
using OpenTerritoire.Testing;

namespace OpenTerritoire.Schemas.Tests.Registry;

/// <summary>A published schema version never changes: <c>schemas/RELEASED.sha256</c> pins the bytes of each one.</summary>
public sealed class ReleasedSchemasTests
{
    public static TheoryData<string, string> Released()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(RepositoryRoot.Combine("schemas", "RELEASED.sha256")).Where(line => line.Length > 0))
        {
            data.Add(line[..64], line[66..]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Released))]
    public async Task ReleasedFile_Bytes_MatchTheManifest(string sha256, string path)
    {
        var bytes = await File.ReadAllBytesAsync(RepositoryRoot.Combine(["schemas", .. path.Split('/')]));

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Manifest_EverySchemaVersionFile_IsListed()
    {
        var root = RepositoryRoot.Combine("schemas");
        var files = Directory.EnumerateFiles(root, "*.schema.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => path.Split('/').Length == 3)
            .Order(StringComparer.Ordinal);

        var listed = Released().Select(row => (string)row[1]).Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
    }
}
