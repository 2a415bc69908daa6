using System.Data;
using Dapper;
using OpenTerritoire.Core;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Maps an id type such as <c>ThingId</c> to and from its bigint column.</summary>
internal sealed class EntityIdTypeHandler<TId> : SqlMapper.TypeHandler<TId>
    where TId : struct, IEntityId
{
    private static readonly Func<long, TId> Create = value => (TId)Activator.CreateInstance(typeof(TId), value)!;

    public override void SetValue(IDbDataParameter parameter, TId value)
    {
        parameter.DbType = DbType.Int64;
        parameter.Value = value.Value;
    }

    public override TId Parse(object value) => Create(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
}
