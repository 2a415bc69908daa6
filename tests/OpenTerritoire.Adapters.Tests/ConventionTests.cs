using System.Reflection;
using System.Text.RegularExpressions;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Testing;

namespace OpenTerritoire.Adapters.Tests;

public sealed partial class ConventionTests
{
    private static readonly Assembly Adapters = typeof(IEnvelopeReader).Assembly;

    private static readonly string[] BannedWords =
        ["Helper", "Manager", "Utils", "Common", "Misc", "Processor", "Impl"];

    private static IEnumerable<Type> OurTypes => Adapters.GetTypes()
        .Where(type => type.Namespace?.StartsWith("OpenTerritoire.Adapters", StringComparison.Ordinal) == true
            && !type.IsNested
            && type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null);

    private static IEnumerable<string> SourceFiles => Directory.EnumerateFiles(
        RepositoryRoot.Combine("src", "OpenTerritoire.Adapters"),
        "*.cs",
        SearchOption.AllDirectories)
        .Where(path => !InBuildOutput(path));

    [Fact]
    public void Classes_AreSealedOrStatic()
    {
        var open = OurTypes.Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract).Select(type => type.Name);

        Assert.Empty(open);
    }

    [Fact]
    public void EnvelopeReadersAndCodecs_LiveInTheirStageFolderWithTheirSuffix()
    {
        var readers = OurTypes.Where(type => type.IsClass && typeof(IEnvelopeReader).IsAssignableFrom(type)).ToList();
        var codecs = OurTypes.Where(type => type.IsClass && typeof(IPayloadCodec).IsAssignableFrom(type)).ToList();

        Assert.NotEmpty(readers);
        Assert.NotEmpty(codecs);
        Assert.All(readers, type => Assert.Equal(
            ("OpenTerritoire.Adapters.Envelopes", true),
            (type.Namespace, type.Name.EndsWith("EnvelopeReader", StringComparison.Ordinal))));
        Assert.All(codecs, type => Assert.Equal(
            ("OpenTerritoire.Adapters.Codecs", true),
            (type.Namespace, type.Name.EndsWith("Codec", StringComparison.Ordinal))));
    }

    [Fact]
    public void TypeNames_UseNoBannedWords()
    {
        var banned = OurTypes
            .Where(type => BannedWords.Any(word => type.Name.Contains(word, StringComparison.Ordinal)));

        Assert.Empty(banned.Select(type => type.Name));
    }

    [Fact]
    public void SourceFiles_DeclareOneTopLevelTypeNamedAfterTheFileInTheFolderNamespace()
    {
        var root = RepositoryRoot.Combine("src", "OpenTerritoire.Adapters");
        var faults = new List<string>();
        foreach (var path in SourceFiles)
        {
            var text = File.ReadAllText(path);
            var relative = Path.GetRelativePath(root, path);
            var folder = Path.GetDirectoryName(relative)!.Replace(Path.DirectorySeparatorChar, '.');
            var expectedNamespace = folder.Length == 0
                ? "OpenTerritoire.Adapters"
                : "OpenTerritoire.Adapters." + folder;
            if (!text.Contains($"namespace {expectedNamespace};", StringComparison.Ordinal))
            {
                faults.Add($"{relative}: namespace is not {expectedNamespace}");
            }

            var declared = TopLevelType().Matches(text).Select(match => match.Groups["name"].Value).Distinct().ToList();
            var fileType = Path.GetFileNameWithoutExtension(path).Split('.')[0];
            if (declared.Count != 1 || declared[0] != fileType)
            {
                faults.Add($"{relative}: declares [{string.Join(", ", declared)}]");
            }

            if (text.Split('\n').Length > 400)
            {
                faults.Add($"{relative}: more than 400 lines");
            }
        }

        Assert.Empty(faults);
    }

    private static bool InBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin");

    [GeneratedRegex(
        @"^(?:public |internal )?(?:static |sealed |abstract |readonly |partial )*"
            + @"(?:class|record struct|record|struct|interface|enum) (?<name>\w+)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelType();
}
