using System.Collections.Immutable;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>The codecs the hub ships, by device model id (<c>nwave/nps405</c>); built once at start-up.</summary>
public sealed class CodecCatalogue
{
    private const string LayoutResourcePrefix = "OpenTerritoire.Adapters.Codecs.Layouts.";

    private readonly ImmutableDictionary<string, IPayloadCodec> codecs;

    public CodecCatalogue(IEnumerable<ByteLayout> layouts)
    {
        ArgumentNullException.ThrowIfNull(layouts);
        codecs = layouts.ToImmutableDictionary(
            layout => layout.Model,
            IPayloadCodec (layout) => new ByteLayoutCodec(layout),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every model id with a codec, in order.</summary>
    public IReadOnlyList<string> Models => [.. codecs.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The catalogue of the layouts embedded in this assembly.</summary>
    /// <exception cref="InvalidOperationException">
    /// A shipped layout does not load: a bug, caught by the tests.
    /// </exception>
    public static CodecCatalogue BuiltIn()
    {
        var layouts = new List<ByteLayout>();
        foreach (var (resource, result) in LoadBuiltInLayouts())
        {
            if (!result.IsSuccess)
            {
                var first = result.Issues[0];
                throw new InvalidOperationException(
                    $"The built-in layout {resource} does not load: "
                    + $"{first.Code} at {first.Pointer}: {first.MessageEn}");
            }

            layouts.Add(result.Value);
        }

        return new CodecCatalogue(layouts);
    }

    /// <summary>The codec of a model, or null when the hub has none.</summary>
    public IPayloadCodec? Find(string model) => codecs.GetValueOrDefault(model);

    /// <summary>Reads every embedded layout, keeping failures, so a test can name the file at fault.</summary>
    internal static IEnumerable<(string Resource, Result<ByteLayout> Layout)> LoadBuiltInLayouts()
    {
        var assembly = typeof(CodecCatalogue).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(LayoutResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!; // listed by the assembly just above
            using var reader = new StreamReader(stream);
            yield return (resource[LayoutResourcePrefix.Length..], ByteLayout.FromYaml(reader.ReadToEnd()));
        }
    }
}
