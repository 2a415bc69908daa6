using System.Data;
using Dapper;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Maps <see cref="DevEui"/> to and from its text column (16 upper-case hex digits).</summary>
internal sealed class DevEuiTypeHandler : SqlMapper.TypeHandler<DevEui>
{
    public override void SetValue(IDbDataParameter parameter, DevEui value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = value.Value;
    }

    // The column's CHECK constraint guarantees the stored form parses.
    public override DevEui Parse(object value) =>
        DevEui.TryParse((string)value, out var devEui) ? devEui : throw new DataException($"Bad dev_eui '{value}'.");
}
