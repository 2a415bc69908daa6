namespace OpenTerritoire.Core.Querying;

/// <summary>The kinds of token of a <c>$filter</c> expression.</summary>
internal enum FilterTokenKind
{
    /// <summary>
    /// A name: property, keyword (<c>and</c>, <c>eq</c>, <c>true</c>…) or function (<c>geo.distance</c>).
    /// </summary>
    Identifier,

    /// <summary>A quoted string; <see cref="FilterToken.Value"/> holds it unescaped.</summary>
    String,

    /// <summary>A number with neither fraction nor exponent.</summary>
    Integer,

    /// <summary>A number with a fraction and no exponent.</summary>
    Decimal,

    /// <summary>A number with an exponent.</summary>
    Double,

    DateTime,

    Date,

    TimeOfDay,

    /// <summary>A prefixed quoted literal such as <c>duration'P1D'</c>: prefix in Text, quoted part in Value.</summary>
    TypedLiteral,

    OpenParenthesis,

    CloseParenthesis,

    Comma,

    Slash,

    Minus,

    End,
}
