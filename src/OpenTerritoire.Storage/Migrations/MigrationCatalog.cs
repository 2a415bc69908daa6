using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Storage.Migrations;

/// <summary>The migrations shipped with this build, in order.</summary>
public static partial class MigrationCatalog
{
    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(Load);

    /// <summary>Every migration, by ascending version.</summary>
    public static IReadOnlyList<Migration> All => Loaded.Value;

    /// <summary>The version the database has once fully migrated.</summary>
    public static int LatestVersion => All[^1].Version;

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            var sql = Read(assembly, resource);
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            migrations.Add(new Migration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                sql,
                checksum));
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        // Numbers are reserved per branch, so a build may lack a number merged later; each version is applied and
        // recorded on its own, so a gap is harmless, but two files with one number are a merge mistake.
        for (var index = 1; index < migrations.Count; index++)
        {
            if (migrations[index].Version == migrations[index - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Two migrations share the number {migrations[index].Version:D4}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
