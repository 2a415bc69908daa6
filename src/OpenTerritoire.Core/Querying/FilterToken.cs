namespace OpenTerritoire.Core.Querying;

/// <summary>One token: its kind, its source text, its unescaped value when quoted, and its offset.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, string Value, int Position)
{
    /// <summary>True for an identifier spelling the keyword, in any case.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == FilterTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the token reads in an error message.</summary>
    public string Display => Kind == FilterTokenKind.End ? "end of text" : Text;
}
