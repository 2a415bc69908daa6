using System.Globalization;

namespace OpenTerritoire.Schemas.Registry;

/// <summary>A semantic version (<c>1.2.3</c>, optionally <c>-pre</c>), ordered as semver 2.0 §11 (prerelease before release).</summary>
public readonly record struct SemanticVersion(int Major, int Minor, int Patch, string Prerelease)
    : IComparable<SemanticVersion>
{
    public static bool TryParse(string text, out SemanticVersion version)
    {
        version = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? text : text[..dash];
        var parts = core.Split('.');
        if (parts.Length != 3
            || !TryParsePart(parts[0], out var major)
            || !TryParsePart(parts[1], out var minor)
            || !TryParsePart(parts[2], out var patch))
        {
            return false;
        }

        var prerelease = dash < 0 ? string.Empty : text[(dash + 1)..];
        if (dash >= 0 && (prerelease.Length == 0 || !prerelease.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, prerelease);
        return true;
    }

    public int CompareTo(SemanticVersion other)
    {
        var compared = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (compared != 0)
        {
            return compared;
        }

        if (Prerelease.Length == 0 || other.Prerelease.Length == 0)
        {
            // A release ranks above any of its prereleases.
            return (Prerelease.Length == 0 ? 1 : 0) - (other.Prerelease.Length == 0 ? 1 : 0);
        }

        return string.CompareOrdinal(Prerelease, other.Prerelease);
    }

    public override string ToString() =>
        Prerelease.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
            : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}-{Prerelease}");

    private static bool TryParsePart(string part, out int value) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && (part.Length == 1 || part[0] != '0');
}
