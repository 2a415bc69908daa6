using System.Globalization;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// Writes one filter as PostgreSQL/PostGIS text. Used once per translation: it accumulates the parameters and the
/// first issue; after a failure it goes on with placeholder SQL that is thrown away.
/// </summary>
internal sealed partial class SqlFilterWriter : IFilterVisitor<SqlOperand>
{
    private readonly EntityPropertyRegistry registry;
    private readonly EntitySet root;
    private readonly string rootAlias;
    private readonly string parameterPrefix;
    private readonly DateTimeOffset now;
    private readonly Func<EntitySet, string, string>? visibility;
    private readonly List<SqlFilterParameter> parameters = [];
    private int aliasCount;
    private SqlJoinScope scope;
    private Issue? failure;

    public SqlFilterWriter(
        EntityPropertyRegistry registry, EntitySet root, string rootAlias, string parameterPrefix, DateTimeOffset now,
        Func<EntitySet, string, string>? visibility = null)
    {
        this.visibility = visibility;
        this.registry = registry;
        this.root = root;
        this.rootAlias = rootAlias;
        this.parameterPrefix = parameterPrefix;
        this.now = now;
        scope = NewScope();
    }

    /// <summary>The whole filter as a boolean SQL expression.</summary>
    public Result<SqlFragment> Write(FilterExpression filter)
    {
        var sql = Predicate(filter);
        return failure is null
            ? Result.Success(new SqlFragment(sql, parameters.ToList()))
            : Result.Failure<SqlFragment>(failure);
    }

    /// <summary>The items as an ORDER BY list (without the keywords), nulls last in both directions.</summary>
    public Result<SqlFragment> WriteOrderBy(IReadOnlyList<OrderByItem> items)
    {
        var keys = new List<string>();
        foreach (var item in items)
        {
            var outer = scope;
            scope = NewScope();
            var operand = item.Expression.Accept(this);
            if (scope.ReachesMany || operand.Type == FilterValueType.Geometry)
            {
                Fail(FilterIssues.Unsortable(item.Expression.Position, item.Expression.ToString()));
            }

            // A polymorphic value (always readable as number and as text) sorts its numbers numerically first,
            // then everything else by its text.
            var values = operand.IsPolymorphic
                ? [Coerce(operand, FilterValueType.Number, 0), Coerce(operand, FilterValueType.String, 0)]
                : new[] { operand.Sql };
            var direction = item.Direction == SortDirection.Descending ? "DESC" : "ASC";
            keys.AddRange(values.Select(value => $"{scope.Scalar(value)} {direction} NULLS LAST"));
            scope = outer;
        }

        return failure is null
            ? Result.Success(new SqlFragment(string.Join(", ", keys), parameters.ToList()))
            : Result.Failure<SqlFragment>(failure);
    }

    public SqlOperand VisitLogical(LogicalExpression node)
    {
        var keyword = node.Operator == LogicalOperator.And ? "AND" : "OR";
        return Boolean($"({Predicate(node.Left)} {keyword} {Predicate(node.Right)})");
    }

    // OData logic is two-valued: a comparison with a missing value is false, so its negation is true. SQL would make
    // both unknown; and/or already treat unknown as false in WHERE, only not needs the coalesce.
    public SqlOperand VisitNot(NotExpression node) => Boolean($"(NOT coalesce({Predicate(node.Operand)}, FALSE))");

    public SqlOperand VisitComparison(ComparisonExpression node)
    {
        var left = node.Left.Accept(this);
        var right = node.Right.Accept(this);
        var equality = node.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual;
        if (left.IsNull || right.IsNull)
        {
            if (!equality)
            {
                return Fail(FilterIssues.TypeMismatch(node.Position, "eq or ne to compare with null", "null"));
            }

            var other = left.IsNull ? right : left;
            var test = node.Operator == ComparisonOperator.Equal ? "IS NULL" : "IS NOT NULL";
            return other.IsNull
                ? Boolean(node.Operator == ComparisonOperator.Equal ? "TRUE" : "FALSE")
                : Boolean($"({NullTestable(other)} {test})");
        }

        if (Unify(left, right, node.Position) is not { } type)
        {
            return SqlOperand.Null;
        }

        if (type == FilterValueType.Geometry || (type == FilterValueType.Boolean && !equality))
        {
            return Fail(FilterIssues.TypeMismatch(node.Position, "comparable values", Name(type)));
        }

        var op = node.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "<>",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            _ => "<=",
        };
        return Boolean($"({Coerce(left, type, node.Left.Position)} {op} {Coerce(right, type, node.Right.Position)})");
    }

    public SqlOperand VisitArithmetic(ArithmeticExpression node)
    {
        var left = node.Left.Accept(this);
        var right = node.Right.Accept(this);
        if (left.IsNull || right.IsNull)
        {
            return SqlOperand.Null;
        }

        var leftType = left.Type ?? FilterValueType.Number;
        var rightType = right.Type ?? FilterValueType.Number;
        var l = Coerce(left, leftType, node.Left.Position);
        var r = Coerce(right, rightType, node.Right.Position);
        var temporal = IsTemporal(leftType);
        var rightTemporal = IsTemporal(rightType);
        l = temporal ? Coerce(left, FilterValueType.DateTime, node.Left.Position) : l;
        r = rightTemporal ? Coerce(right, FilterValueType.DateTime, node.Right.Position) : r;
        var sign = node.Operator == ArithmeticOperator.Add ? "+" : "-";
        return (node.Operator, leftType, rightType) switch
        {
            (_, FilterValueType.Number, FilterValueType.Number) => Number(node.Operator switch
            {
                ArithmeticOperator.Add => $"({l} + {r})",
                ArithmeticOperator.Subtract => $"({l} - {r})",
                ArithmeticOperator.Multiply => $"({l} * {r})",
                // Division by zero gives null (no match) rather than failing the whole query.
                ArithmeticOperator.Divide => $"({l} / NULLIF({r}, 0))",
                _ => $"mod(({l})::numeric, NULLIF(({r})::numeric, 0))",
            }),
            (ArithmeticOperator.Add or ArithmeticOperator.Subtract, _, FilterValueType.Duration) when temporal =>
                SqlOperand.Typed($"({l} {sign} {r})", FilterValueType.DateTime),
            (ArithmeticOperator.Add, FilterValueType.Duration, _) when rightTemporal =>
                SqlOperand.Typed($"({l} + {r})", FilterValueType.DateTime),
            (ArithmeticOperator.Subtract, _, _) when temporal && rightTemporal =>
                SqlOperand.Typed($"({l} - {r})", FilterValueType.Duration),
            (ArithmeticOperator.Add or ArithmeticOperator.Subtract, FilterValueType.Duration, _)
                when rightType == FilterValueType.Duration =>
                SqlOperand.Typed($"({l} {sign} {r})", FilterValueType.Duration),
            _ => Fail(FilterIssues.TypeMismatch(
                node.Position, "numbers, or date-times and durations", Name(leftType) + " and " + Name(rightType))),
        };
    }

    public SqlOperand VisitNegate(NegateExpression node)
    {
        var operand = node.Operand.Accept(this);
        if (operand.IsNull)
        {
            return SqlOperand.Null;
        }

        var type = operand.Type == FilterValueType.Duration ? FilterValueType.Duration : FilterValueType.Number;
        return SqlOperand.Typed($"(-{Coerce(operand, type, node.Operand.Position)})", type);
    }

    public SqlOperand VisitString(StringLiteral node) =>
        SqlOperand.Typed(Parameter(node.Value), FilterValueType.String);

    public SqlOperand VisitInteger(IntegerLiteral node) => Number(Parameter(node.Value));

    public SqlOperand VisitDecimal(DecimalLiteral node) => Number(Parameter(node.Value));

    public SqlOperand VisitDouble(DoubleLiteral node) => Number(Parameter(node.Value));

    public SqlOperand VisitBoolean(BooleanLiteral node) => Boolean(Parameter(node.Value));

    public SqlOperand VisitNull(NullLiteral node) => SqlOperand.Null;

    public SqlOperand VisitDateTime(DateTimeLiteral node) =>
        SqlOperand.Typed(Parameter(node.Value.ToUniversalTime()), FilterValueType.DateTime);

    public SqlOperand VisitDate(DateLiteral node) => SqlOperand.Typed(
        $"CAST({Parameter(node.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))} AS date)",
        FilterValueType.Date);

    public SqlOperand VisitTimeOfDay(TimeOfDayLiteral node) => SqlOperand.Typed(
        $"CAST({Parameter(node.Value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture))} AS time)",
        FilterValueType.TimeOfDay);

    // Seconds only, never days: a day added to a timestamptz would follow the session's time zone across DST.
    public SqlOperand VisitDuration(DurationLiteral node) => SqlOperand.Typed(
        $"make_interval(secs => {Parameter(node.Value.TotalSeconds)})", FilterValueType.Duration);

    public SqlOperand VisitSpatial(SpatialLiteral node) => SqlOperand.Typed(
        $"ST_GeomFromText({Parameter(node.WellKnownText)}, 4326)", FilterValueType.Geometry);

    // A boolean at the level of and/or/not; predicates reaching related rows are wrapped in their own EXISTS.
    private string Predicate(FilterExpression node)
    {
        if (node is LogicalExpression or NotExpression)
        {
            return Coerce(node.Accept(this), FilterValueType.Boolean, node.Position);
        }

        var outer = scope;
        scope = NewScope();
        var sql = scope.Wrap(Coerce(node.Accept(this), FilterValueType.Boolean, node.Position));
        scope = outer;
        return sql;
    }

    private SqlJoinScope NewScope() => new(rootAlias, () => $"{parameterPrefix}_j{++aliasCount}", visibility);

    private FilterValueType? Unify(SqlOperand left, SqlOperand right, int position)
    {
        if (left.IsPolymorphic && right.IsPolymorphic)
        {
            Fail(FilterIssues.TypeMismatch(position, "a literal or typed property on one side", "two untyped values"));
            return null;
        }

        // At most one side is polymorphic (checked above) and neither is null (handled by the caller).
        if ((left.Type ?? right.Type) is not { } l || (right.Type ?? left.Type) is not { } r)
        {
            return null;
        }

        if (l == r)
        {
            return l;
        }

        if (IsTemporal(l) && IsTemporal(r))
        {
            return FilterValueType.DateTime;
        }

        Fail(FilterIssues.TypeMismatch(position, Name(l), Name(r)));
        return null;
    }

    private string Coerce(SqlOperand operand, FilterValueType expected, int position)
    {
        if (operand.IsNull)
        {
            return $"CAST(NULL AS {SqlType(expected)})";
        }

        if (operand.Type == expected)
        {
            return operand.Sql;
        }

        if (operand.Type == FilterValueType.Date && expected == FilterValueType.DateTime)
        {
            return $"(({operand.Sql})::timestamp AT TIME ZONE 'UTC')";
        }

        if (operand.Resolve?.Invoke(expected) is { } resolved)
        {
            return resolved;
        }

        var found = operand.Type is { } actual ? Name(actual) : "an untyped value";
        Fail(FilterIssues.TypeMismatch(position, Name(expected), found));
        return "NULL";
    }

    // The SQL that is null exactly when the operand is: a polymorphic value is null in all its forms at once.
    private static string NullTestable(SqlOperand operand) =>
        operand.ResolveAs(FilterValueType.String) ?? operand.Sql;

    private string Parameter(object value)
    {
        var name = "@" + parameterPrefix + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters.Add(new SqlFilterParameter(name[1..], value));
        return name;
    }

    private SqlOperand Fail(Issue issue)
    {
        failure ??= issue;
        return SqlOperand.Null;
    }

    private static bool IsTemporal(FilterValueType type) => type is FilterValueType.DateTime or FilterValueType.Date;

    private static SqlOperand Boolean(string sql) => SqlOperand.Typed(sql, FilterValueType.Boolean);

    private static SqlOperand Number(string sql) => SqlOperand.Typed(sql, FilterValueType.Number);

    private static string SqlType(FilterValueType type) => type switch
    {
        FilterValueType.Number => "double precision",
        FilterValueType.String => "text",
        FilterValueType.Boolean => "boolean",
        FilterValueType.DateTime => "timestamptz",
        FilterValueType.Date => "date",
        FilterValueType.TimeOfDay => "time",
        FilterValueType.Duration => "interval",
        _ => "geometry",
    };

    private static string Name(FilterValueType type) => type switch
    {
        FilterValueType.Number => "number",
        FilterValueType.String => "string",
        FilterValueType.Boolean => "boolean",
        FilterValueType.DateTime => "date-time",
        FilterValueType.Date => "date",
        FilterValueType.TimeOfDay => "time of day",
        FilterValueType.Duration => "duration",
        _ => "geometry",
    };
}
