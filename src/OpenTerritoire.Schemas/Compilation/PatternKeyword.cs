using System.Text.Json;
using System.Text.RegularExpressions;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>pattern</c>: an ECMA-262 regular expression, searched (not anchored) in strings only.</summary>
internal sealed class PatternKeyword(Regex regex, string pattern) : JsonKeyword
{
    /// <summary>A pathological pattern must not hold a request thread: a match that runs longer fails the value.</summary>
    /// <remarks>Generous, so a busy machine never fails a sane pattern (a match takes microseconds).</remarks>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public override bool Streams => true;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return;
        }

        bool matches;
        try
        {
            matches = JsonReaderValues.IsMatch(regex, ref reader);
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (!matches)
        {
            state.ReportText(ValidationIssues.SchemaPattern, JsonReaderValues.Text(ref reader), pattern);
        }
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        bool matches;
        try
        {
            matches = JsonStrings.IsMatch(regex, value);
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (!matches)
        {
            state.Report(ValidationIssues.SchemaPattern, value, pattern);
        }
    }

    /// <summary>Compiles a schema pattern once; ECMAScript semantics when .NET accepts it in that mode.</summary>
    public static Regex? TryCreate(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.Compiled, MatchTimeout);
        }
        catch (ArgumentException)
        {
            // Lookbehind and Unicode classes are refused in ECMAScript mode; .NET's own dialect reads them alike.
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
