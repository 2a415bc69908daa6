using System.Data;
using Dapper;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Maps <see cref="FeedId"/> to and from its uuid column.</summary>
internal sealed class FeedIdTypeHandler : SqlMapper.TypeHandler<FeedId>
{
    public override void SetValue(IDbDataParameter parameter, FeedId value)
    {
        parameter.DbType = DbType.Guid;
        parameter.Value = value.Value;
    }

    public override FeedId Parse(object value) => new((Guid)value);
}
