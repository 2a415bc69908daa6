using System.Data;
using Dapper;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Passes NetTopologySuite geometries to PostGIS as <c>geometry</c> parameters.</summary>
internal sealed class GeometryTypeHandler : SqlMapper.TypeHandler<Geometry>
{
    public override void SetValue(IDbDataParameter parameter, Geometry? value)
    {
        if (parameter is NpgsqlParameter npgsqlParameter)
        {
            npgsqlParameter.NpgsqlDbType = NpgsqlDbType.Geometry;
        }

        parameter.Value = (object?)value ?? DBNull.Value;
    }

    public override Geometry Parse(object value) => (Geometry)value;
}
