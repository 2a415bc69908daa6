using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// The functions of STA 18-088 §9.3.3.5.2. Strings use strpos/substr (no LIKE, so no pattern characters to
/// escape); date parts are taken in UTC; distances and lengths are in metres on the WGS 84 spheroid.
/// </summary>
internal sealed partial class SqlFilterWriter
{
    public SqlOperand VisitFunctionCall(FunctionCallExpression node)
    {
        var arguments = node.Arguments.Select(argument => argument.Accept(this)).ToList();
        string Arg(int index, FilterValueType type) => Coerce(arguments[index], type, node.Arguments[index].Position);
        string S(int index) => Arg(index, FilterValueType.String);
        string N(int index) => Arg(index, FilterValueType.Number);
        string G(int index) => Arg(index, FilterValueType.Geometry);
        string Utc(int index, bool dates, bool times) => UtcTemporal(node, arguments, index, dates, times);

        return node.Function switch
        {
            FilterFunction.SubstringOf => Boolean($"(strpos({S(1)}, {S(0)}) > 0)"),
            FilterFunction.Contains => Boolean($"(strpos({S(0)}, {S(1)}) > 0)"),
            FilterFunction.StartsWith => Boolean($"starts_with({S(0)}, {S(1)})"),
            FilterFunction.EndsWith => Boolean($"(right({S(0)}, char_length({S(1)})) = {S(1)})"),
            FilterFunction.Length => Number($"char_length({S(0)})"),
            FilterFunction.IndexOf => Number($"(strpos({S(0)}, {S(1)}) - 1)"),
            FilterFunction.Substring when arguments.Count == 2 => Text($"substr({S(0)}, {Int32(N(1))} + 1)"),
            FilterFunction.Substring => Text($"substr({S(0)}, {Int32(N(1))} + 1, greatest({Int32(N(2))}, 0))"),
            FilterFunction.ToLower => Text($"lower({S(0)})"),
            FilterFunction.ToUpper => Text($"upper({S(0)})"),
            FilterFunction.Trim => Text($"btrim({S(0)})"),
            FilterFunction.Concat => Text($"({S(0)} || {S(1)})"),
            FilterFunction.Year => Number($"extract(year FROM {Utc(0, true, false)})"),
            FilterFunction.Month => Number($"extract(month FROM {Utc(0, true, false)})"),
            FilterFunction.Day => Number($"extract(day FROM {Utc(0, true, false)})"),
            FilterFunction.Hour => Number($"extract(hour FROM {Utc(0, false, true)})"),
            FilterFunction.Minute => Number($"extract(minute FROM {Utc(0, false, true)})"),
            FilterFunction.Second => Number($"floor(extract(second FROM {Utc(0, false, true)}))"),
            FilterFunction.FractionalSeconds => Number(
                $"(extract(second FROM {Utc(0, false, true)}) - floor(extract(second FROM {Utc(0, false, true)})))"),
            FilterFunction.Date => SqlOperand.Typed($"({Utc(0, false, false)})::date", FilterValueType.Date),
            FilterFunction.Time => SqlOperand.Typed($"({Utc(0, false, false)})::time", FilterValueType.TimeOfDay),
            // Times are stored in UTC, so their offset is always 0.
            FilterFunction.TotalOffsetMinutes => Number(
                $"(CASE WHEN {Arg(0, FilterValueType.DateTime)} IS NULL THEN NULL ELSE 0 END)"),
            FilterFunction.Now => SqlOperand.Typed(Parameter(now), FilterValueType.DateTime),
            FilterFunction.MinDateTime => SqlOperand.Typed("'-infinity'::timestamptz", FilterValueType.DateTime),
            FilterFunction.MaxDateTime => SqlOperand.Typed("'infinity'::timestamptz", FilterValueType.DateTime),
            FilterFunction.Round => Number($"round({N(0)})"),
            FilterFunction.Floor => Number($"floor({N(0)})"),
            FilterFunction.Ceiling => Number($"ceiling({N(0)})"),
            FilterFunction.GeoDistance => Number($"ST_Distance(({G(0)})::geography, ({G(1)})::geography)"),
            FilterFunction.GeoLength => Number($"ST_Length(({G(0)})::geography)"),
            FilterFunction.GeoIntersects or FilterFunction.StIntersects => Boolean($"ST_Intersects({G(0)}, {G(1)})"),
            FilterFunction.StEquals => Boolean($"ST_Equals({G(0)}, {G(1)})"),
            FilterFunction.StDisjoint => Boolean($"ST_Disjoint({G(0)}, {G(1)})"),
            FilterFunction.StTouches => Boolean($"ST_Touches({G(0)}, {G(1)})"),
            FilterFunction.StWithin => Boolean($"ST_Within({G(0)}, {G(1)})"),
            FilterFunction.StOverlaps => Boolean($"ST_Overlaps({G(0)}, {G(1)})"),
            FilterFunction.StCrosses => Boolean($"ST_Crosses({G(0)}, {G(1)})"),
            FilterFunction.StContains => Boolean($"ST_Contains({G(0)}, {G(1)})"),
            _ => Boolean($"ST_Relate({G(0)}, {G(1)}, {S(2)})"),
        };
    }

    // A date-time as a UTC timestamp; a date or a time of day as itself when the function accepts it.
    private string UtcTemporal(
        FunctionCallExpression node, IReadOnlyList<SqlOperand> arguments, int index, bool dates, bool times)
    {
        var argument = arguments[index];
        if ((dates && argument.Type == FilterValueType.Date) || (times && argument.Type == FilterValueType.TimeOfDay))
        {
            return argument.Sql;
        }

        return $"(({Coerce(argument, FilterValueType.DateTime, node.Arguments[index].Position)}) AT TIME ZONE 'UTC')";
    }

    // Clamped so that a huge literal is an empty result, not an integer overflow failing the query.
    private static string Int32(string number) => $"(least(greatest({number}, -2147483647), 2147483646))::integer";

    private static SqlOperand Text(string sql) => SqlOperand.Typed(sql, FilterValueType.String);
}
