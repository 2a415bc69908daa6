using System.Text;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Core.Querying;

/// <summary>Splits <c>$filter</c> text into tokens (OData 4.0 ABNF, primitive literals).</summary>
internal static partial class FilterLexer
{
    /// <summary>
    /// Tokens of <paramref name="text"/>, ending with an End token; positions are offset by <paramref name="offset"/>.
    /// </summary>
    public static Result<IReadOnlyList<FilterToken>> Tokenize(string text, int offset)
    {
        var tokens = new List<FilterToken>();
        var index = 0;
        while (true)
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            if (index >= text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, string.Empty, string.Empty, offset + index));
                return Result.Success<IReadOnlyList<FilterToken>>(tokens);
            }

            var start = index;
            var c = text[index];
            var simple = c switch
            {
                '(' => FilterTokenKind.OpenParenthesis,
                ')' => FilterTokenKind.CloseParenthesis,
                ',' => FilterTokenKind.Comma,
                '/' => FilterTokenKind.Slash,
                '-' => FilterTokenKind.Minus,
                _ => FilterTokenKind.End,
            };
            if (simple != FilterTokenKind.End)
            {
                tokens.Add(new FilterToken(simple, c.ToString(), string.Empty, offset + start));
                index++;
                continue;
            }

            if (c == '\'')
            {
                var quoted = ReadQuoted(text, ref index);
                if (quoted is null)
                {
                    return Result.Failure<IReadOnlyList<FilterToken>>(FilterIssues.UnterminatedString(offset + start));
                }

                tokens.Add(new FilterToken(FilterTokenKind.String, text[start..index], quoted, offset + start));
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var kind = ReadNumberOrTemporal(text, ref index);
                if (index < text.Length && IsIdentifierPart(text[index]))
                {
                    return Result.Failure<IReadOnlyList<FilterToken>>(
                        FilterIssues.Syntax(offset + index, text[index]));
                }

                tokens.Add(new FilterToken(kind, text[start..index], text[start..index], offset + start));
                continue;
            }

            if (IsIdentifierStart(c))
            {
                index++;
                while (index < text.Length && IsIdentifierPart(text[index]))
                {
                    index++;
                }

                var name = text[start..index];
                if (index < text.Length && text[index] == '\'')
                {
                    var quoteStart = index;
                    var quoted = ReadQuoted(text, ref index);
                    if (quoted is null)
                    {
                        return Result.Failure<IReadOnlyList<FilterToken>>(
                            FilterIssues.UnterminatedString(offset + quoteStart));
                    }

                    tokens.Add(new FilterToken(FilterTokenKind.TypedLiteral, name, quoted, offset + start));
                    continue;
                }

                tokens.Add(new FilterToken(FilterTokenKind.Identifier, name, name, offset + start));
                continue;
            }

            return Result.Failure<IReadOnlyList<FilterToken>>(FilterIssues.Syntax(offset + start, c));
        }
    }

    private static FilterTokenKind ReadNumberOrTemporal(string text, ref int index)
    {
        foreach (var (pattern, kind) in Temporals)
        {
            var match = pattern.Match(text, index);
            if (match.Success)
            {
                index += match.Length;
                return kind;
            }
        }

        var number = NumberPattern().Match(text, index);
        index += number.Length;
        return number.Groups["exponent"].Success ? FilterTokenKind.Double
            : number.Groups["fraction"].Success ? FilterTokenKind.Decimal
            : FilterTokenKind.Integer;
    }

    private static readonly (Regex Pattern, FilterTokenKind Kind)[] Temporals =
    [
        (DateTimePattern(), FilterTokenKind.DateTime),
        (PartialDateTimePattern(), FilterTokenKind.DateTime),
        (DatePattern(), FilterTokenKind.Date),
        (TimeOfDayPattern(), FilterTokenKind.TimeOfDay),
    ];

    // Reads '…' with '' as an escaped quote; null when the closing quote is missing.
    private static string? ReadQuoted(string text, ref int index)
    {
        var value = new StringBuilder();
        index++;
        while (index < text.Length)
        {
            if (text[index] == '\'')
            {
                if (index + 1 < text.Length && text[index + 1] == '\'')
                {
                    value.Append('\'');
                    index += 2;
                    continue;
                }

                index++;
                return value.ToString();
            }

            value.Append(text[index]);
            index++;
        }

        return null;
    }

    // '@' starts the SensorThings control names (@iot.id); '.' joins namespaced function names (geo.distance).
    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c == '@';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.';

    // A space stands for '+' in the offset: an unencoded '+' in a URL query arrives decoded as a space.
    [GeneratedRegex(
        @"\G[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+ -][0-9]{2}:[0-9]{2})",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    // A date-time cut short (no offset, no minutes): read whole so that it is reported as a bad literal.
    [GeneratedRegex(@"\G[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]*", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDateTimePattern();

    [GeneratedRegex(@"\G[0-9]{4}-[0-9]{2}-[0-9]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\G[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"\G[0-9]+(?<fraction>\.[0-9]+)?(?<exponent>[eE][+-]?[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
