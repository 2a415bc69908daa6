using Dapper;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Configures Dapper once per process: snake_case columns, id types, geometries and UTC times.</summary>
internal static class DapperConfiguration
{
    private static readonly Lazy<bool> Configured = new(ConfigureOnce);

    public static void EnsureConfigured() => _ = Configured.Value;

    private static bool ConfigureOnce()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());
        SqlMapper.AddTypeHandler(new FeedIdTypeHandler());
        SqlMapper.AddTypeHandler(new DevEuiTypeHandler());

        var idTypes = typeof(IEntityId).Assembly.GetTypes()
            .Where(type => type.IsValueType && typeof(IEntityId).IsAssignableFrom(type));
        foreach (var idType in idTypes)
        {
            var handler = (SqlMapper.ITypeHandler)Activator.CreateInstance(
                typeof(EntityIdTypeHandler<>).MakeGenericType(idType))!;
            SqlMapper.AddTypeHandler(idType, handler);
        }

        // Dapper would expand a GeometryCollection (an IEnumerable) into a list parameter without a handler
        // registered for each concrete geometry type.
        var geometryHandler = new GeometryTypeHandler();
        Type[] geometryTypes =
        [
            typeof(Geometry), typeof(Point), typeof(LineString), typeof(LinearRing), typeof(Polygon),
            typeof(MultiPoint), typeof(MultiLineString), typeof(MultiPolygon), typeof(GeometryCollection),
        ];
        foreach (var geometryType in geometryTypes)
        {
            SqlMapper.AddTypeHandler(geometryType, geometryHandler);
        }

        return true;
    }
}
