using System.Data;
using Dapper;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Reads timestamptz as UTC <see cref="DateTimeOffset"/> and writes any offset as UTC, as Npgsql requires.</summary>
internal sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.DateTimeOffset;
        parameter.Value = value.ToUniversalTime();
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset.ToUniversalTime(),
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        _ => throw new DataException($"Cannot read a {value.GetType().Name} as a time."),
    };
}
