using Dapper;

namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A boolean SQL expression to put after <c>WHERE … AND</c>, with its placeholders' values. Identifiers in it come
/// only from <see cref="EntityPropertyRegistry"/>; every value from the request is a parameter.
/// </summary>
public sealed record SqlFragment(string Sql, IReadOnlyList<SqlFilterParameter> Parameters)
{
    /// <summary>The parameters for Dapper, to which a store adds its own (tenant, paging).</summary>
    internal DynamicParameters ToDynamicParameters()
    {
        var parameters = new DynamicParameters();
        foreach (var parameter in Parameters)
        {
            parameters.Add(parameter.Name, parameter.Value);
        }

        return parameters;
    }
}
