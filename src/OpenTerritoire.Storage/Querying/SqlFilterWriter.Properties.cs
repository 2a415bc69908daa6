using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// Property paths: columns from the allowlist, navigations joined in the current scope, JSON members.
/// </summary>
internal sealed partial class SqlFilterWriter
{
    public SqlOperand VisitPropertyPath(PropertyPathExpression node)
    {
        var segments = node.Path.Segments;
        var entity = registry.Get(root);
        var alias = rootAlias;
        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
            if (entity.Relations.TryGetValue(segment, out var relation) && index < segments.Count - 1)
            {
                var target = registry.Get(relation.Target);
                alias = scope.Join(string.Join('/', segments.Take(index + 1)), alias, relation, target.Table);
                entity = target;
                continue;
            }

            if (!entity.Properties.TryGetValue(segment, out var property))
            {
                break;
            }

            var rest = segments.Skip(index + 1).ToList();
            var operand = property switch
            {
                ColumnProperty column when rest.Count == 0 => SqlOperand.Typed($"{alias}.{column.Column}", column.Type),
                ComplexProperty complex when rest.Count == 1 && complex.Members.TryGetValue(rest[0], out var member) =>
                    SqlOperand.Typed($"{alias}.{member.Column}", member.Type),
                JsonProperty json when rest.Count > 0 => JsonMember($"{alias}.{json.Column}", rest),
                ResultProperty result when rest.Count == 0 => ObservationResult(alias, result),
                ResultProperty result => JsonMember($"{alias}.{result.JsonColumn}", rest),
                _ => null,
            };
            if (operand is not null)
            {
                return operand;
            }

            break;
        }

        return Fail(FilterIssues.UnknownProperty(node.Position, node.Path.ToString(), root.ToString()));
    }

    private static SqlOperand ObservationResult(string alias, ResultProperty result) =>
        SqlOperand.Polymorphic(type => type switch
        {
            FilterValueType.Number => $"{alias}.{result.NumberColumn}",
            FilterValueType.String => $"{alias}.{result.StringColumn}",
            FilterValueType.Boolean => $"{alias}.{result.BooleanColumn}",
            _ => null,
        });

    // The keys are user text, so they are parameters too; the cast is guarded so a value of another JSON type
    // is simply no match instead of an error.
    private SqlOperand JsonMember(string column, IReadOnlyList<string> keys)
    {
        var path = "ARRAY[" + string.Join(", ", keys.Select(key => Parameter(key))) + "]::text[]";
        var json = $"({column} #> {path})";
        var text = $"({column} #>> {path})";
        return SqlOperand.Polymorphic(type => type switch
        {
            FilterValueType.String => text,
            FilterValueType.Number => $"(CASE WHEN jsonb_typeof({json}) = 'number' THEN {text}::double precision END)",
            FilterValueType.Boolean => $"(CASE WHEN jsonb_typeof({json}) = 'boolean' THEN {text}::boolean END)",
            _ => null,
        });
    }
}
