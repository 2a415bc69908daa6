using System.Text.RegularExpressions;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// Translates a parsed <c>$filter</c> into a parameterised PostgreSQL/PostGIS WHERE fragment over one entity set's
/// table (FROST's ExpressionHandler, in one visitor). Only properties in the <see cref="EntityPropertyRegistry"/>
/// reach SQL; unknown ones are <c>filter.unknown-property</c>, incompatible operands <c>filter.type-mismatch</c>.
/// </summary>
public sealed partial class SqlFilterTranslator(EntityPropertyRegistry registry, TimeProvider timeProvider)
{
    /// <summary>
    /// The fragment for <paramref name="filter"/> applied to <paramref name="entity"/>, whose table is referred to
    /// as <paramref name="alias"/> (its table name by default). Placeholders are <c>@{parameterPrefix}0…n</c> and
    /// subquery aliases <c>{parameterPrefix}_j1…n</c>, so two fragments with different prefixes can share a statement.
    /// </summary>
    /// <param name="visibility">
    /// When given, the SQL predicate (for a set and the alias of its joined rows) that a related row must meet to take
    /// part: rows the caller may not see then never decide a match.
    /// </param>
    public Result<SqlFragment> Translate(
        FilterExpression filter, EntitySet entity, string? alias = null, string parameterPrefix = "p",
        Func<EntitySet, string, string>? visibility = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Writer(entity, alias, parameterPrefix, visibility).Write(filter);
    }

    /// <summary>
    /// The ORDER BY list (without <c>ORDER BY</c>) for <c>$orderby</c>: to-one navigations become scalar
    /// subqueries; to-many ones and geometries are <c>filter.unsortable</c>. Append the id for a stable page order.
    /// </summary>
    public Result<SqlFragment> TranslateOrderBy(
        IReadOnlyList<OrderByItem> orderBy, EntitySet entity, string? alias = null, string parameterPrefix = "o",
        Func<EntitySet, string, string>? visibility = null)
    {
        ArgumentNullException.ThrowIfNull(orderBy);
        return Writer(entity, alias, parameterPrefix, visibility).WriteOrderBy(orderBy);
    }

    private SqlFilterWriter Writer(
        EntitySet entity, string? alias, string parameterPrefix, Func<EntitySet, string, string>? visibility)
    {
        alias ??= registry.Get(entity).Table;
        // Alias and prefix come from code, never from a request; a bad one is a bug.
        if (!IdentifierPattern().IsMatch(alias) || !IdentifierPattern().IsMatch(parameterPrefix))
        {
            throw new ArgumentException(
                $"'{alias}' and '{parameterPrefix}' must be plain SQL identifiers.", nameof(alias));
        }

        return new SqlFilterWriter(registry, entity, alias, parameterPrefix, timeProvider.GetUtcNow(), visibility);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
